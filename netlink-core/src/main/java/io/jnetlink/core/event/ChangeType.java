package io.jnetlink.core.event;

/**
 * What happened to an object a subscription follows, as {@code ip monitor} prints it: a new
 * object, a change to one already known, or its removal ({@code Deleted ...}).
 */
public enum ChangeType {
    /** The object appeared (first {@code RTM_NEW*} for it, or found by a dump). */
    NEW,
    /** A known object's state changed (a later {@code RTM_NEW*} that differs). */
    CHANGED,
    /** The object is gone ({@code RTM_DEL*}, or missing from a re-dump after an overrun). */
    DELETED
}
