# Builds the namespace whose "ip link show" dump reply is kept in dump-reply.hex, then captures it.
# Run inside a throwaway namespace: unshare -rn sh capture-dump.sh  (writes /tmp/dump.strace;
# the 9936-byte datagram of the non-PEEK recvmsg is the RTM_NEWLINK dump reply). Needs strace.
set -e
ip link set lo up
ip link add br0 type bridge
ip link set br0 address 02:00:00:00:00:b0
ip link add veth-a address 02:00:00:00:00:0a type veth peer name veth-b address 02:00:00:00:00:0b
ip link set veth-b master br0 mtu 1400
ip link add vx0 address 02:00:00:00:00:c0 type vxlan id 42 dstport 4789 remote 10.0.0.2
ip link add mv0 link veth-a address 02:00:00:00:00:d0 type macvlan mode bridge
ip link set br0 up; ip link set veth-a up; ip link set veth-b up
ip link set veth-a group 7 alias "red end"
strace -e trace=recvmsg -e read=3 -xx -s 65536 -o /tmp/dump.strace ip link show
