package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code log}: nft {@code log prefix "x: " level warn group 1}. Absent fields are -1 (prefix null).
 *
 * @param prefix {@code NFTA_LOG_PREFIX}
 * @param group  {@code NFTA_LOG_GROUP} (nflog group), or -1
 * @param level  {@code NFTA_LOG_LEVEL} (syslog level), or -1
 * @param flags  {@code NFTA_LOG_FLAGS}, or -1
 */
public record Log(String prefix, int group, int level, int flags) implements Expression {
    static final int NFTA_LOG_GROUP = 1;
    static final int NFTA_LOG_PREFIX = 2;
    static final int NFTA_LOG_SNAPLEN = 3;
    static final int NFTA_LOG_QTHRESHOLD = 4;
    static final int NFTA_LOG_LEVEL = 5;
    static final int NFTA_LOG_FLAGS = 6;

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (group >= 0) {
            w.putAttrU16Be(NFTA_LOG_GROUP, group);
        }
        if (prefix != null) {
            w.putAttrString(NFTA_LOG_PREFIX, prefix);
        }
        if (level >= 0) {
            w.putAttrU32Be(NFTA_LOG_LEVEL, level);
        }
        if (flags >= 0) {
            w.putAttrU32Be(NFTA_LOG_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a log statement (snaplen/qthreshold are kept raw).
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        String prefix = null;
        int group = -1, level = -1, flags = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_LOG_GROUP -> group = d.u16Be();
                case NFTA_LOG_PREFIX -> prefix = d.string();
                case NFTA_LOG_LEVEL -> level = Attr.be32(d);
                case NFTA_LOG_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null; // snaplen / qthreshold: kept raw
                }
            }
        }
        return new Log(prefix, group, level, flags);
    }
}
