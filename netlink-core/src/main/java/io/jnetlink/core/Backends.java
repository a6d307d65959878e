package io.jnetlink.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Chooses the {@link LibC} backend at run time: {@code FfmLibC} when the JVM is 22 or newer and
 * the multi-release jar (or, in a build, {@code target/classes/META-INF/versions/22} on the class
 * path) provides it, {@link JnrLibC} otherwise.
 */
final class Backends {
    /** The FFM backend's class: present only in {@code META-INF/versions/22}. */
    static final String FFM_CLASS = "io.jnetlink.core.FfmLibC";

    private Backends() {
    }

    /**
     * @param wanted {@code "auto"}, {@code "ffm"} or {@code "jnr"} (the {@code jnetlink.native} property)
     * @return the backend to use
     * @throws IllegalStateException if {@code "ffm"} was asked for but is unavailable, or {@code wanted} is unknown
     */
    static LibC choose(String wanted) {
        switch (wanted) {
            case "jnr":
                return new JnrLibC();
            case "ffm":
            case "auto":
                break;
            default:
                throw new IllegalStateException("jnetlink.native must be auto, ffm or jnr, not " + wanted);
        }
        if (Runtime.version().feature() >= 22) {
            try {
                Class<?> ffm = Class.forName(FFM_CLASS, true, Backends.class.getClassLoader());
                return (LibC) MethodHandles.lookup().findConstructor(ffm, MethodType.methodType(void.class)).invoke();
            } catch (ClassNotFoundException e) {
                if (wanted.equals("ffm")) {
                    throw new IllegalStateException("jnetlink.native=ffm, but " + FFM_CLASS
                            + " is not in this build (a jar built without a JDK 22+ has no META-INF/versions/22)", e);
                }
            } catch (UnsupportedOperationException e) { // not a 64-bit ABI
                if (wanted.equals("ffm")) {
                    throw new IllegalStateException("jnetlink.native=ffm: " + e.getMessage(), e);
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot start the FFM backend", e);
            }
        } else if (wanted.equals("ffm")) {
            throw new IllegalStateException("jnetlink.native=ffm needs Java 22 or newer, this is "
                    + Runtime.version());
        }
        return new JnrLibC();
    }
}
