package io.jnetlink.route.internal;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.MplsEncap;
import io.jnetlink.route.nexthop.RawEncap;
import io.jnetlink.route.nexthop.Seg6Encap;
import io.jnetlink.route.wire.LwtAttrs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the contents of {@code NHA_ENCAP}/{@code RTA_ENCAP} for each {@link Encap}: shared by
 * nexthops ({@code io.jnetlink.route.nexthop}) and routes ({@code io.jnetlink.route.RouteRequest}, {@code RouteView}).
 */
public final class Encaps {
    private Encaps() {
    }

    /**
     * Writes the nest {@code encapAttribute} (NLA_F_NESTED) and then the u16 {@code typeAttribute}, as iproute2 does.
     *
     * @param w the writer of the message being built
     * @param encap the encapsulation
     * @param encapAttribute {@code NHA_ENCAP} or {@code RTA_ENCAP}
     * @param typeAttribute {@code NHA_ENCAP_TYPE} or {@code RTA_ENCAP_TYPE}
     */
    public static void write(MessageWriter w, Encap encap, int encapAttribute, int typeAttribute) {
        int nest = w.beginNested(encapAttribute);
        if (encap instanceof Seg6Encap s) {
            List<InetAddress> segs = s.segments();
            int n = segs.size();
            byte[] v = new byte[LwtAttrs.SEG6_SRH_OFFSET + LwtAttrs.SRH_LENGTH + 16 * n];
            ByteBuffer b = ByteBuffer.wrap(v).order(java.nio.ByteOrder.nativeOrder());
            b.putInt(0, s.mode().ordinal()); // SEG6_IPTUNNEL_MODE_INLINE 0, ENCAP 1, L2ENCAP 2
            int srh = LwtAttrs.SEG6_SRH_OFFSET;
            v[srh + 1] = (byte) (2 * n);                 // hdrlen: 8-octet units after the first 8
            v[srh + 2] = (byte) LwtAttrs.IPV6_SRCRT_TYPE_4;
            v[srh + 3] = (byte) (n - 1);                 // segments_left
            v[srh + 4] = (byte) (n - 1);                 // first_segment
            for (int i = 0; i < n; i++) {                // segment list: last hop first
                b.put(srh + LwtAttrs.SRH_LENGTH + 16 * i, segs.get(n - 1 - i).getAddress());
            }
            w.putAttrBytes(LwtAttrs.SEG6_IPTUNNEL_SRH, v);
        } else if (encap instanceof MplsEncap m) {
            List<Integer> labels = m.labels();
            byte[] v = new byte[4 * labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                int entry = labels.get(i) << LwtAttrs.MPLS_LS_LABEL_SHIFT
                        | (i == labels.size() - 1 ? 1 << LwtAttrs.MPLS_LS_S_SHIFT : 0);
                v[4 * i] = (byte) (entry >>> 24);           // big endian
                v[4 * i + 1] = (byte) (entry >>> 16);
                v[4 * i + 2] = (byte) (entry >>> 8);
                v[4 * i + 3] = (byte) entry;
            }
            w.putAttrBytes(LwtAttrs.MPLS_IPTUNNEL_DST, v);
        } else if (encap instanceof RawEncap r) {
            r.attributes().forEach(a -> a.writeTo(w));
        }
        w.endNested(nest);
        w.putAttrU16(typeAttribute, encap.type());
    }

    /**
     * Reads an encapsulation of {@code type} nested at the reader's current attribute; unknown or odd: {@link RawEncap}.
     *
     * @param type the {@code LWTUNNEL_ENCAP_*} type
     * @param encap a reader positioned on {@code NHA_ENCAP}/{@code RTA_ENCAP}
     * @param scratch a reader to walk the nest with
     * @return the encapsulation, a copy
     */
    public static Encap read(int type, AttributeReader encap, AttributeReader scratch) {
        encap.nested(scratch);
        return read(type, scratch);
    }

    /**
     * Reads an encapsulation of {@code type} whose nested attributes are the {@code length} bytes at
     * {@code offset} of {@code buffer} (the value of an {@code RTA_ENCAP} a view remembered).
     *
     * @param type the {@code LWTUNNEL_ENCAP_*} type
     * @param buffer the message buffer
     * @param offset where the nest's value starts
     * @param length the value's length
     * @param scratch a reader to walk the nest with
     * @return the encapsulation, a copy
     */
    public static Encap read(int type, ByteBuffer buffer, int offset, int length, AttributeReader scratch) {
        return read(type, scratch.wrap(buffer, offset, length));
    }

    private static Encap read(int type, AttributeReader scratch) {
        List<RawAttribute> raw = new ArrayList<>();
        while (scratch.next()) {
            raw.add(RawAttribute.copyOf(scratch));
        }
        try {
            if (type == LwtAttrs.ENCAP_SEG6) {
                return seg6(raw);
            }
            if (type == LwtAttrs.ENCAP_MPLS) {
                return mpls(raw);
            }
        } catch (IllegalArgumentException notModelled) {
            // values outside what the record models (mode 3, 0 segments…): keep them raw
        }
        return new RawEncap(type, raw);
    }

    private static Encap seg6(List<RawAttribute> raw) {
        for (RawAttribute a : raw) {
            if (a.type() == LwtAttrs.SEG6_IPTUNNEL_SRH) {
                byte[] v = a.value();
                if (v.length < LwtAttrs.SEG6_SRH_OFFSET + LwtAttrs.SRH_LENGTH) {
                    break;
                }
                ByteBuffer b = ByteBuffer.wrap(v).order(java.nio.ByteOrder.nativeOrder());
                int mode = b.getInt(0);
                int n = (v.length - LwtAttrs.SEG6_SRH_OFFSET - LwtAttrs.SRH_LENGTH) / 16;
                int first = v[LwtAttrs.SEG6_SRH_OFFSET + 4] & 0xFF;
                if (mode < 0 || mode > 2 || n != first + 1) {
                    break;
                }
                List<InetAddress> segs = new ArrayList<>();
                for (int i = n - 1; i >= 0; i--) {
                    byte[] s = new byte[16];
                    b.get(LwtAttrs.SEG6_SRH_OFFSET + LwtAttrs.SRH_LENGTH + 16 * i, s);
                    segs.add(address(s));
                }
                return new Seg6Encap(Seg6Encap.Mode.values()[mode], segs);
            }
        }
        return new RawEncap(LwtAttrs.ENCAP_SEG6, raw);
    }

    private static Encap mpls(List<RawAttribute> raw) {
        if (raw.size() == 1 && raw.get(0).type() == LwtAttrs.MPLS_IPTUNNEL_DST && raw.get(0).value().length % 4 == 0) {
            byte[] v = raw.get(0).value();
            int[] labels = new int[v.length / 4];
            for (int i = 0; i < labels.length; i++) {
                int entry = (v[4 * i] & 0xFF) << 24 | (v[4 * i + 1] & 0xFF) << 16 | (v[4 * i + 2] & 0xFF) << 8 | (v[4 * i + 3] & 0xFF);
                labels[i] = entry >>> LwtAttrs.MPLS_LS_LABEL_SHIFT;
            }
            return MplsEncap.of(labels);
        }
        return new RawEncap(LwtAttrs.ENCAP_MPLS, raw);
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException impossible) {
            throw new NetlinkDecodeException("bad address length " + b.length, 0);
        }
    }
}
