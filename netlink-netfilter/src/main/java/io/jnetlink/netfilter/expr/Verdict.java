package io.jnetlink.netfilter.expr;

import java.util.Objects;

/**
 * An nf_tables verdict ({@code NFTA_VERDICT_CODE}, and {@code NFTA_VERDICT_CHAIN} for jump/goto).
 * Codes: {@code NF_DROP} 0, {@code NF_ACCEPT} 1, {@code NF_QUEUE} 3, {@code NFT_CONTINUE} -1,
 * {@code NFT_BREAK} -2, {@code NFT_JUMP} -3, {@code NFT_GOTO} -4, {@code NFT_RETURN} -5.
 *
 * @param code  the verdict code
 * @param chain the target chain of jump/goto, else null
 */
public record Verdict(int code, String chain) {
    /** {@code NF_DROP}. */
    public static final int NF_DROP = 0;
    /** {@code NF_ACCEPT}. */
    public static final int NF_ACCEPT = 1;
    /** {@code NF_QUEUE}. */
    public static final int NF_QUEUE = 3;
    /** {@code NFT_CONTINUE}. */
    public static final int NFT_CONTINUE = -1;
    /** {@code NFT_BREAK}. */
    public static final int NFT_BREAK = -2;
    /** {@code NFT_JUMP}. */
    public static final int NFT_JUMP = -3;
    /** {@code NFT_GOTO}. */
    public static final int NFT_GOTO = -4;
    /** {@code NFT_RETURN}. */
    public static final int NFT_RETURN = -5;

    /** nft {@code accept}. */
    public static final Verdict ACCEPT = new Verdict(NF_ACCEPT, null);
    /** nft {@code drop}. */
    public static final Verdict DROP = new Verdict(NF_DROP, null);
    /** nft {@code continue}. */
    public static final Verdict CONTINUE = new Verdict(NFT_CONTINUE, null);
    /** nft {@code return}. */
    public static final Verdict RETURN = new Verdict(NFT_RETURN, null);

    /**
     * The canonical constructor: a jump or goto needs a chain name, every other verdict has none.
     *
     * @param code  the verdict code
     * @param chain the target chain of jump/goto, else null
     * @throws IllegalArgumentException when {@code chain} does not fit {@code code}
     */
    public Verdict {
        boolean needsChain = code == NFT_JUMP || code == NFT_GOTO;
        if (needsChain && (chain == null || chain.isEmpty())) {
            throw new IllegalArgumentException("a jump or goto verdict needs a chain name");
        }
        if (!needsChain && chain != null) {
            throw new IllegalArgumentException("only jump and goto verdicts name a chain: " + code);
        }
    }

    /**
     * nft {@code jump CHAIN}.
     *
     * @param chain the chain name
     * @return the verdict
     */
    public static Verdict jump(String chain) {
        return new Verdict(NFT_JUMP, Objects.requireNonNull(chain, "chain"));
    }

    /**
     * nft {@code goto CHAIN}.
     *
     * @param chain the chain name
     * @return the verdict
     */
    public static Verdict goTo(String chain) {
        return new Verdict(NFT_GOTO, Objects.requireNonNull(chain, "chain"));
    }

    @Override
    public String toString() {
        return switch (code) {
            case NF_DROP -> "drop";
            case NF_ACCEPT -> "accept";
            case NF_QUEUE -> "queue";
            case NFT_CONTINUE -> "continue";
            case NFT_BREAK -> "break";
            case NFT_JUMP -> "jump " + chain;
            case NFT_GOTO -> "goto " + chain;
            case NFT_RETURN -> "return";
            default -> "verdict " + code;
        };
    }
}
