package io.jnetlink.generic.ethtool;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ethtool bitset as the kernel sent it, in either form: <em>verbose</em> (each bit with its
 * index, name and value) or <em>compact</em> ({@code u32} value and mask words, names from the
 * matching string set). With a mask, {@link #bits()} are the bits in the mask, each with its
 * value; without one ({@code ETHTOOL_A_BITSET_NOMASK}), the bits that are set.
 *
 * @param size   the number of bits ({@code ETHTOOL_A_BITSET_SIZE})
 * @param masked whether the bitset carries a mask
 * @param bits   the listed bits
 */
public record EthtoolBitset(int size, boolean masked, List<Bit> bits) {
    /**
     * Checks and copies.
     *
     * @param size the number of bits
     * @param masked whether a mask came
     * @param bits the listed bits
     */
    public EthtoolBitset {
        bits = List.copyOf(bits);
    }

    /**
     * The listed bit called {@code name}.
     *
     * @param name e.g. {@code "tx-tcp-segmentation"}
     * @return the bit, or empty when it is not listed (not in the mask, or not set in a bitset without one)
     */
    public Optional<Bit> bit(String name) {
        return bits.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /**
     * Whether bit {@code index} is set.
     *
     * @param index the bit index
     * @return whether it is listed with the value 1
     */
    public boolean isSet(int index) {
        return bits.stream().anyMatch(b -> b.index() == index && b.value());
    }

    /** {@return the names of the set bits, in index order} */
    public List<String> setNames() {
        return bits.stream().filter(Bit::value).map(Bit::name).toList();
    }

    /**
     * One bit ({@code ETHTOOL_A_BITSET_BIT_*}).
     *
     * @param index its index
     * @param name  its name ({@code ""} when a compact bitset came without the string set)
     * @param value whether it is set
     */
    public record Bit(int index, String name, boolean value) {
        /**
         * Checks.
         *
         * @param index the index
         * @param name the name
         * @param value the value
         */
        public Bit {
            Objects.requireNonNull(name, "name");
        }
    }
}
