package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;

/**
 * One action of a filter's action list ({@code … action drop}, {@code action mirred egress redirect
 * dev D}, {@code action police rate R burst B conform-exceed drop}); actions the library does not
 * model come as {@link RawAction}.
 */
public sealed interface TcAction permits GactAction, MirredAction, PoliceAction, RawAction {
    /** {@return the action kind ({@code TCA_ACT_KIND}), e.g. {@code "gact"}} */
    String kind();

    /**
     * Writes {@code TCA_ACT_OPTIONS} as {@code tc} does.
     *
     * @param writer the message being written
     */
    void writeOptions(MessageWriter writer);
}
