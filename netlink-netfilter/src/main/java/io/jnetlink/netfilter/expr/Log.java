package io.jnetlink.netfilter.expr;

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
}
