package io.jnetlink.benchmarks;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Captures the kernel's raw dump replies for the JMH decode benchmarks. Run it in a throwaway
 * namespace (it builds state with {@code ip -batch} / {@code nft -f} in the namespace it runs in):
 *
 * <pre>
 * unshare -rn java -cp benchmarks/target/benchmarks.jar io.jnetlink.benchmarks.CaptureReplies \
 *     benchmarks/src/main/resources/captures
 * </pre>
 *
 * It writes {@code links-2001.bin.gz} (1,000 veth pairs and lo), {@code routes-10000.bin.gz}
 * (an IPv4 route dump with 10,000 /32 routes via a gateway) and {@code nft-rules-1000.bin.gz}
 * (the rule listing of a nat chain with 1,000 masquerade rules), in {@link CapturedReplies}'s format.
 * Each dump goes through {@link NetlinkSocket} and every datagram is kept exactly as received.
 */
public final class CaptureReplies {
    /** {@code RTM_GETROUTE} needs a {@code struct rtmsg} (12 bytes). */
    private static final int RTMSG_LENGTH = 12;
    /** {@code AF_INET}. */
    private static final int AF_INET = 2;
    /** {@code NFNL_SUBSYS_NFTABLES} (linux/netfilter/nfnetlink.h). */
    private static final int NFNL_SUBSYS_NFTABLES = 10;
    /** {@code NFT_MSG_GETRULE} (linux/netfilter/nf_tables.h). */
    private static final int NFT_MSG_GETRULE = 7;
    /** {@code struct nfgenmsg}: family u8, version u8, res_id be16. */
    private static final int NFGENMSG_LENGTH = 4;
    /** {@code NFPROTO_IPV4}. */
    private static final int NFPROTO_IPV4 = 2;

    public static final int LINK_PAIRS = 1000;
    public static final int ROUTES = 10_000;
    public static final int RULES = 1000;

    private CaptureReplies() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: CaptureReplies OUTPUT-DIRECTORY   (run under unshare -rn)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);

        StringBuilder links = new StringBuilder();
        for (int i = 0; i < LINK_PAIRS; i++) {
            links.append("link add a").append(i).append(" type veth peer name b").append(i).append('\n');
        }
        shell("ip", links, "-batch", "-");
        capture(dir.resolve("links-" + (2 * LINK_PAIRS + 1) + ".bin.gz"), Netlink.NETLINK_ROUTE, w -> {
            int msg = w.beginMessage(Rtnl.RTM_GETLINK, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP, 1, 0);
            w.reserve(16); // struct ifinfomsg
            w.endMessage(msg);
        });

        StringBuilder routes = new StringBuilder("link add br0 type bridge\nlink set br0 up\naddr add 10.0.0.1/8 dev br0\n");
        for (int i = 0; i < ROUTES; i++) {
            routes.append("route add 172.").append(16 + i / 65536).append('.').append(i / 256 % 256).append('.')
                    .append(i % 256).append("/32 via 10.0.0.2\n");
        }
        shell("ip", routes, "-batch", "-");
        capture(dir.resolve("routes-" + ROUTES + ".bin.gz"), Netlink.NETLINK_ROUTE, w -> {
            int msg = w.beginMessage(Rtnl.RTM_GETROUTE, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP, 1, 0);
            int hdr = w.reserve(RTMSG_LENGTH);
            w.putU8At(hdr, AF_INET); // rtm_family
            w.endMessage(msg);
        });

        StringBuilder rules = new StringBuilder("add table ip nat\n"
                + "add chain ip nat postrouting { type nat hook postrouting priority 100 ; }\n");
        for (int i = 0; i < RULES; i++) {
            rules.append("add rule ip nat postrouting ip saddr 10.0.").append(i / 256).append('.').append(i % 256)
                    .append(" masquerade\n");
        }
        shell("nft", rules, "-f", "-");
        capture(dir.resolve("nft-rules-" + RULES + ".bin.gz"), Netlink.NETLINK_NETFILTER, w -> {
            int msg = w.beginMessage(NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_GETRULE,
                    Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP, 1, 0);
            int hdr = w.reserve(NFGENMSG_LENGTH);
            w.putU8At(hdr, NFPROTO_IPV4);
            w.endMessage(msg);
        });
    }

    private interface Request {
        void write(MessageWriter w);
    }

    /** Runs {@code tool args…} with {@code input} on stdin; fails unless it exits 0. */
    private static void shell(String tool, CharSequence input, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = tool;
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.toString().getBytes(StandardCharsets.US_ASCII));
        }
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        }
    }

    /** Sends one dump request and writes every datagram of the reply, up to and including NLMSG_DONE. */
    private static void capture(Path file, int protocol, Request request) throws IOException {
        MessageWriter w = new MessageWriter(256);
        request.write(w);
        int messages = 0;
        int datagrams = 0;
        try (NetlinkSocket socket = NetlinkSocket.open(protocol);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024))) {
            out.write(CapturedReplies.MAGIC);
            socket.send(w.buffer(), 0, w.position());
            MessageReader reader = new MessageReader();
            boolean done = false;
            byte[] copy = new byte[0];
            while (!done) {
                int n = socket.receive(10_000);
                if (n < 0) {
                    throw new IllegalStateException("no reply within 10 s");
                }
                ByteBuffer b = socket.receiveBuffer();
                reader.wrap(b, 0, n);
                while (reader.next()) {
                    if (reader.type() == Netlink.NLMSG_ERROR) {
                        throw new NetlinkException("dump failed", -reader.payloadU32(0), null, -1, 1,
                                NetlinkException.Source.KERNEL);
                    }
                    if ((reader.flags() & Netlink.NLM_F_DUMP_INTR) != 0) {
                        throw new IllegalStateException("dump interrupted: run again");
                    }
                    if (reader.type() == Netlink.NLMSG_DONE) {
                        done = true;
                    } else {
                        messages++;
                    }
                }
                if (copy.length < n) {
                    copy = new byte[n];
                }
                b.get(0, copy, 0, n);
                out.writeInt(n);
                out.write(copy, 0, n);
                datagrams++;
            }
        }
        System.out.println(file + ": " + messages + " messages in " + datagrams + " datagrams, "
                + Files.size(file) + " bytes gzipped");
    }
}
