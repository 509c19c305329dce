// rtnetlink requests hull makes to wire a container to a bridge: links
// (bridge, veth pair), addresses, routes. Synchronous: one request, one
// ack. In C because rtattr nesting is plain pointer arithmetic here and
// hull must not exec `ip` (it would cost a process per step).
#include "chull.h"
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#define NL_BUF 4096

struct nl_req {
    struct nlmsghdr hdr;
    char data[NL_BUF - sizeof(struct nlmsghdr)];
};

static struct rtattr *add_attr(struct nlmsghdr *h, unsigned short type, const void *data, size_t len) {
    struct rtattr *rta = (struct rtattr *)((char *)h + NLMSG_ALIGN(h->nlmsg_len));
    rta->rta_type = type;
    rta->rta_len = (unsigned short)RTA_LENGTH(len);
    if (len) memcpy(RTA_DATA(rta), data, len);
    h->nlmsg_len = NLMSG_ALIGN(h->nlmsg_len) + RTA_ALIGN(rta->rta_len);
    return rta;
}

static struct rtattr *nest_begin(struct nlmsghdr *h, unsigned short type) {
    return add_attr(h, type, NULL, 0);
}

static void nest_end(struct nlmsghdr *h, struct rtattr *nest) {
    nest->rta_len = (unsigned short)((char *)h + h->nlmsg_len - (char *)nest);
}

int hull_nl_open(int netns_fd) {
    int self = -1;
    if (netns_fd >= 0) {
        // The socket belongs to the namespace it is made in; the thread
        // returns to its own namespace right after.
        self = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        if (self < 0) return -errno;
        if (setns(netns_fd, CLONE_NEWNET) < 0) { int e = errno; close(self); return -e; }
    }
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    int saved = errno;
    if (self >= 0) {
        if (setns(self, CLONE_NEWNET) < 0) saved = errno, fd = fd >= 0 ? (close(fd), -1) : fd;
        close(self);
    }
    if (fd < 0) return -saved;
    struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) { saved = errno; close(fd); return -saved; }
    return fd;
}

// Sends one request and waits for its ack; returns 0 or -errno.
static int transact(int fd, struct nlmsghdr *h) {
    static unsigned int seq = 1;
    h->nlmsg_seq = ++seq;
    h->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
    struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
    if (sendto(fd, h, h->nlmsg_len, 0, (struct sockaddr *)&sa, sizeof sa) < 0) return -errno;
    char buf[8192];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n < 0) { if (errno == EINTR) continue; return -errno; }
        for (struct nlmsghdr *r = (struct nlmsghdr *)buf; NLMSG_OK(r, (size_t)n); r = NLMSG_NEXT(r, n)) {
            if (r->nlmsg_seq != h->nlmsg_seq) continue;
            if (r->nlmsg_type == NLMSG_ERROR) {
                struct nlmsgerr *e = NLMSG_DATA(r);
                return e->error;
            }
        }
    }
}

static struct ifinfomsg *link_msg(struct nl_req *req, unsigned short type, unsigned short flags) {
    memset(req, 0, sizeof *req);
    req->hdr.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg));
    req->hdr.nlmsg_type = type;
    req->hdr.nlmsg_flags = flags;
    struct ifinfomsg *ifi = NLMSG_DATA(&req->hdr);
    ifi->ifi_family = AF_UNSPEC;
    return ifi;
}

int hull_nl_link_index(int fd, const char *name) {
    struct nl_req req;
    link_msg(&req, RTM_GETLINK, 0);
    add_attr(&req.hdr, IFLA_IFNAME, name, strlen(name) + 1);
    static unsigned int seq = 1u << 30;
    req.hdr.nlmsg_seq = ++seq;
    req.hdr.nlmsg_flags = NLM_F_REQUEST;
    struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
    if (sendto(fd, &req, req.hdr.nlmsg_len, 0, (struct sockaddr *)&sa, sizeof sa) < 0) return -errno;
    char buf[16384];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n < 0) { if (errno == EINTR) continue; return -errno; }
        for (struct nlmsghdr *r = (struct nlmsghdr *)buf; NLMSG_OK(r, (size_t)n); r = NLMSG_NEXT(r, n)) {
            if (r->nlmsg_seq != req.hdr.nlmsg_seq) continue;
            if (r->nlmsg_type == NLMSG_ERROR) {
                struct nlmsgerr *e = NLMSG_DATA(r);
                return e->error ? e->error : -ENODEV;
            }
            if (r->nlmsg_type == RTM_NEWLINK) {
                struct ifinfomsg *ifi = NLMSG_DATA(r);
                return ifi->ifi_index;
            }
        }
    }
}

int hull_nl_create_bridge(int fd, const char *name, unsigned int mtu) {
    struct nl_req req;
    link_msg(&req, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
    add_attr(&req.hdr, IFLA_IFNAME, name, strlen(name) + 1);
    if (mtu) add_attr(&req.hdr, IFLA_MTU, &mtu, sizeof mtu);
    struct rtattr *info = nest_begin(&req.hdr, IFLA_LINKINFO);
    add_attr(&req.hdr, IFLA_INFO_KIND, "bridge", 7);
    nest_end(&req.hdr, info);
    return transact(fd, &req.hdr);
}

int hull_nl_create_veth(int fd, const char *host_name, const char *peer_name, int peer_netns_fd,
                        unsigned int mtu, int master_index, const unsigned char *peer_mac) {
    struct nl_req req;
    link_msg(&req, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
    add_attr(&req.hdr, IFLA_IFNAME, host_name, strlen(host_name) + 1);
    if (mtu) add_attr(&req.hdr, IFLA_MTU, &mtu, sizeof mtu);
    if (master_index > 0) add_attr(&req.hdr, IFLA_MASTER, &master_index, sizeof master_index);
    struct rtattr *info = nest_begin(&req.hdr, IFLA_LINKINFO);
    add_attr(&req.hdr, IFLA_INFO_KIND, "veth", 5);
    struct rtattr *data = nest_begin(&req.hdr, IFLA_INFO_DATA);
    struct rtattr *peer = nest_begin(&req.hdr, VETH_INFO_PEER);
    // The peer's own ifinfomsg, then its attributes: made directly in the
    // container's namespace under its final name.
    struct ifinfomsg pifi = { .ifi_family = AF_UNSPEC };
    memcpy((char *)peer + RTA_LENGTH(0), &pifi, sizeof pifi);
    req.hdr.nlmsg_len += NLMSG_ALIGN(sizeof pifi);
    add_attr(&req.hdr, IFLA_IFNAME, peer_name, strlen(peer_name) + 1);
    if (mtu) add_attr(&req.hdr, IFLA_MTU, &mtu, sizeof mtu);
    if (peer_mac) add_attr(&req.hdr, IFLA_ADDRESS, peer_mac, 6);
    if (peer_netns_fd >= 0) add_attr(&req.hdr, IFLA_NET_NS_FD, &peer_netns_fd, sizeof peer_netns_fd);
    nest_end(&req.hdr, peer);
    nest_end(&req.hdr, data);
    nest_end(&req.hdr, info);
    return transact(fd, &req.hdr);
}

int hull_nl_set_up(int fd, int index) {
    struct nl_req req;
    struct ifinfomsg *ifi = link_msg(&req, RTM_NEWLINK, 0);
    ifi->ifi_index = index;
    ifi->ifi_flags = IFF_UP;
    ifi->ifi_change = IFF_UP;
    return transact(fd, &req.hdr);
}

int hull_nl_delete_link(int fd, const char *name) {
    struct nl_req req;
    link_msg(&req, RTM_DELLINK, 0);
    add_attr(&req.hdr, IFLA_IFNAME, name, strlen(name) + 1);
    return transact(fd, &req.hdr);
}

int hull_nl_add_address(int fd, int index, uint32_t addr_be, int prefix) {
    struct nl_req req;
    memset(&req, 0, sizeof req);
    req.hdr.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifaddrmsg));
    req.hdr.nlmsg_type = RTM_NEWADDR;
    req.hdr.nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE;
    struct ifaddrmsg *ifa = NLMSG_DATA(&req.hdr);
    ifa->ifa_family = AF_INET;
    ifa->ifa_prefixlen = (unsigned char)prefix;
    ifa->ifa_index = (unsigned int)index;
    add_attr(&req.hdr, IFA_LOCAL, &addr_be, 4);
    add_attr(&req.hdr, IFA_ADDRESS, &addr_be, 4);
    uint32_t mask = prefix ? htonl(~0u << (32 - prefix)) : 0;
    uint32_t brd = addr_be | ~mask;
    if (prefix < 31) add_attr(&req.hdr, IFA_BROADCAST, &brd, 4);
    return transact(fd, &req.hdr);
}

int hull_nl_add_default_route(int fd, int index, uint32_t gateway_be) {
    struct nl_req req;
    memset(&req, 0, sizeof req);
    req.hdr.nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg));
    req.hdr.nlmsg_type = RTM_NEWROUTE;
    req.hdr.nlmsg_flags = NLM_F_CREATE | NLM_F_REPLACE;
    struct rtmsg *rt = NLMSG_DATA(&req.hdr);
    rt->rtm_family = AF_INET;
    rt->rtm_table = RT_TABLE_MAIN;
    rt->rtm_protocol = RTPROT_BOOT;
    rt->rtm_scope = RT_SCOPE_UNIVERSE;
    rt->rtm_type = RTN_UNICAST;
    add_attr(&req.hdr, RTA_GATEWAY, &gateway_be, 4);
    add_attr(&req.hdr, RTA_OIF, &index, sizeof index);
    return transact(fd, &req.hdr);
}

int hull_netns_sysctl(int netns_fd, const char *path, const char *value) {
    // Network sysctls belong to the namespace of whoever opens the file.
    int self = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (self < 0) return -errno;
    if (setns(netns_fd, CLONE_NEWNET) < 0) { int e = errno; close(self); return -e; }
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    int saved = errno;
    if (setns(self, CLONE_NEWNET) < 0) saved = errno, fd = fd >= 0 ? (close(fd), -1) : fd;
    close(self);
    if (fd < 0) return -saved;
    size_t len = strlen(value);
    ssize_t n = write(fd, value, len);
    saved = errno;
    close(fd);
    return n == (ssize_t)len ? 0 : -saved;
}

int hull_if_ipv4(const char *name, uint32_t *addr_be, uint32_t *mask_be) {
    if (strlen(name) >= IFNAMSIZ) return -ENODEV;
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0) return -errno;
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
    int rc = 0;
    if (ioctl(s, SIOCGIFADDR, &ifr) < 0) {
        rc = -errno;
    } else {
        *addr_be = ((struct sockaddr_in *)&ifr.ifr_addr)->sin_addr.s_addr;
        if (ioctl(s, SIOCGIFNETMASK, &ifr) < 0) rc = -errno;
        else *mask_be = ((struct sockaddr_in *)&ifr.ifr_netmask)->sin_addr.s_addr;
    }
    close(s);
    return rc;
}
