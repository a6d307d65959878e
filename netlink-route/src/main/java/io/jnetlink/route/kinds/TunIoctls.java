package io.jnetlink.route.kinds;

/**
 * The tun ioctl numbers of {@code <linux/if_tun.h>}: {@code _IOW('T', nr, int)}. {@code _IOC} puts
 * the direction in the top bits; most ABIs use {@code _IOC_WRITE = 1} at bit 30, while powerpc,
 * mips and sparc use 4 at bit 29 ({@code asm/ioctl.h}).
 */
final class TunIoctls {
    /** {@code TUNSETIFF} = {@code _IOW('T', 202, int)}. */
    static final long TUNSETIFF = iow(202);
    /** {@code TUNSETPERSIST} = {@code _IOW('T', 203, int)}. */
    static final long TUNSETPERSIST = iow(203);
    /** {@code TUNSETOWNER} = {@code _IOW('T', 204, int)}. */
    static final long TUNSETOWNER = iow(204);
    /** {@code TUNSETGROUP} = {@code _IOW('T', 206, int)}. */
    static final long TUNSETGROUP = iow(206);

    private TunIoctls() {
    }

    /** {@code _IOW('T', nr, int)}: dir | size 4 | type 'T' | nr. */
    static long iow(int nr) {
        String arch = System.getProperty("os.arch", "");
        boolean highDir = arch.startsWith("ppc") || arch.startsWith("mips") || arch.startsWith("sparc");
        long write = highDir ? 4L << 29 : 1L << 30;
        return write | 4L << 16 | (long) 'T' << 8 | nr;
    }
}
