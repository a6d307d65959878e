package io.jnetlink.netfilter;

import java.io.ByteArrayOutputStream;

/**
 * {@code NFTA_SET_USERDATA} as nft writes it (libnftnl {@code nftnl_udata} TLVs: u8 type, u8 length,
 * value): nft reads key byte order from it when listing, so sets made here list as nft's own do.
 * Types: {@code NFTNL_UDATA_SET_KEYBYTEORDER} 0, {@code DATABYTEORDER} 1, {@code KEY_TYPEOF} 3,
 * {@code DATA_INTERVAL} 6.
 */
final class SetUserdata {
    private SetUserdata() {
    }

    static byte[] of(SetKeyType key, SetKeyType value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, 0, key.byteorder());
        if (value != null) {
            u32(out, 1, value.byteorder());
            u32(out, 6, 0);
        }
        return out.toByteArray();
    }

    /** An anonymous set of transport ports as nft makes for {@code tcp dport { ... }}: key byte order and typeof. */
    static byte[] anonymous(SetKeyType key, Protocol protocol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, 0, key.byteorder());
        if (key == SetKeyType.INET_SERVICE && protocol == Protocol.TCP) {
            // NFTNL_UDATA_SET_KEY_TYPEOF { expr type 7 (payload), data { desc 8 (tcp header), field 2 (dport) } }
            byte[] typeof = {0, 4, 7, 0, 0, 0, 1, 12, 0, 4, 8, 0, 0, 0, 1, 4, 2, 0, 0, 0};
            out.write(3);
            out.write(typeof.length);
            out.writeBytes(typeof);
        }
        return out.toByteArray();
    }

    private static void u32(ByteArrayOutputStream out, int type, int value) {
        out.write(type);
        out.write(4);
        // host order, as nft writes it
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder());
        b.putInt(value);
        out.writeBytes(b.array());
    }
}
