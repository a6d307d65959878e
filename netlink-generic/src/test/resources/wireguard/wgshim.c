/*
 * An LD_PRELOAD stand-in for a kernel with wireguard, to capture what the `wg` tool sends and to
 * let it decode a reply we wrote (this kernel has no wireguard module, so nlctrl answers ENOENT
 * and `wg` would stop before its first wireguard message).
 *
 * On the NETLINK_GENERIC socket only: every datagram `wg` sends is appended as one hex line to
 * $WG_SHIM_LOG; CTRL_CMD_GETFAMILY is answered with a family "wireguard" of id 0x40 and an ACK;
 * WG_CMD_SET_DEVICE with an ACK; WG_CMD_GET_DEVICE (a dump) with the message whose payload (hex,
 * genlmsghdr and attributes) is in the file $WG_SHIM_REPLY, then NLMSG_DONE.
 *
 * gcc -shared -fPIC -o wgshim.so wgshim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

#define WG_ID 0x40
static int genl_fd = -1;
static unsigned char queue[65536];
static size_t queued;

static void put_msg(unsigned short type, unsigned short flags, unsigned int seq, const void *payload, size_t len)
{
	struct nlmsghdr h = { .nlmsg_len = NLMSG_HDRLEN + len, .nlmsg_type = type, .nlmsg_flags = flags,
			      .nlmsg_seq = seq, .nlmsg_pid = 0 };
	memcpy(queue + queued, &h, sizeof(h));
	memcpy(queue + queued + NLMSG_HDRLEN, payload, len);
	queued += NLMSG_ALIGN(h.nlmsg_len);
}

static void ack(const struct nlmsghdr *req)
{
	unsigned char p[4 + sizeof(*req)] = { 0 };
	memcpy(p + 4, req, sizeof(*req));
	put_msg(NLMSG_ERROR, 0, req->nlmsg_seq, p, sizeof(p));
}

static size_t attr(unsigned char *at, unsigned short type, const void *v, unsigned short len)
{
	struct nlattr a = { .nla_len = NLA_HDRLEN + len, .nla_type = type };
	memcpy(at, &a, sizeof(a));
	memcpy(at + NLA_HDRLEN, v, len);
	return NLA_ALIGN(a.nla_len);
}

static void answer(const struct nlmsghdr *req)
{
	const struct genlmsghdr *g = NLMSG_DATA(req);
	if (req->nlmsg_type == GENL_ID_CTRL) {
		unsigned char p[64] = { CTRL_CMD_NEWFAMILY, 2 };
		unsigned short id = WG_ID;
		size_t n = 4 + attr(p + 4, CTRL_ATTR_FAMILY_ID, &id, 2);
		n += attr(p + n, CTRL_ATTR_FAMILY_NAME, "wireguard", 10);
		put_msg(GENL_ID_CTRL, 0, req->nlmsg_seq, p, n);
		ack(req);
	} else if (req->nlmsg_type == WG_ID && g->cmd == 0) {
		static unsigned char p[32768];
		size_t n = 0;
		unsigned int byte;
		FILE *f = fopen(getenv("WG_SHIM_REPLY"), "r");
		while (f && n < sizeof(p) && fscanf(f, "%2x", &byte) == 1)
			p[n++] = byte;
		if (f)
			fclose(f);
		put_msg(WG_ID, NLM_F_MULTI, req->nlmsg_seq, p, n);
		unsigned int zero = 0;
		put_msg(NLMSG_DONE, NLM_F_MULTI, req->nlmsg_seq, &zero, 4);
	} else {
		ack(req);
	}
}

static void sent(const void *buf, size_t len)
{
	FILE *log = fopen(getenv("WG_SHIM_LOG"), "a");
	for (size_t i = 0; log && i < len; i++)
		fprintf(log, "%02x", ((const unsigned char *)buf)[i]);
	if (log) {
		fputc('\n', log);
		fclose(log);
	}
	for (const struct nlmsghdr *h = buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len))
		answer(h);
}

int socket(int domain, int type, int protocol)
{
	int (*real)(int, int, int) = dlsym(RTLD_NEXT, "socket");
	int fd = real(domain, type, protocol);
	if (domain == AF_NETLINK && protocol == NETLINK_GENERIC)
		genl_fd = fd;
	return fd;
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t tolen)
{
	if (fd == genl_fd) {
		sent(buf, len);
		return len;
	}
	ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t) = dlsym(RTLD_NEXT, "sendto");
	return real(fd, buf, len, flags, to, tolen);
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	return sendto(fd, buf, len, flags, NULL, 0);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	if (fd != genl_fd) {
		ssize_t (*real)(int, struct msghdr *, int) = dlsym(RTLD_NEXT, "recvmsg");
		return real(fd, msg, flags);
	}
	size_t n = queued < msg->msg_iov[0].iov_len ? queued : msg->msg_iov[0].iov_len;
	memcpy(msg->msg_iov[0].iov_base, queue, n);
	if (msg->msg_name) {
		struct sockaddr_nl *nl = msg->msg_name;
		memset(nl, 0, sizeof(*nl));
		nl->nl_family = AF_NETLINK;
		msg->msg_namelen = sizeof(*nl);
	}
	msg->msg_flags = 0;
	msg->msg_controllen = 0;
	if (!(flags & MSG_PEEK))
		queued = 0;
	return n;
}
