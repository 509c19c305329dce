// Bytes with descriptors attached (SCM_RIGHTS) over a unix socket: how
// the parent hands a child the root mount or its spec's descriptors, how
// the child hands back a terminal, and what a monitor tells its keeper. No allocation: children use it.
#include "spawn_child.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

union fd_control {
    char buf[CMSG_SPACE(HULL_MAX_PASSED_FDS * sizeof(int))];
    struct cmsghdr align;
};

int hull_send_fds(int sock, const void *data, size_t len, const int *fds, size_t n) {
    if (n > HULL_MAX_PASSED_FDS) {
        errno = E2BIG;
        return -1;
    }
    struct iovec iov = { .iov_base = (void *)data, .iov_len = len };
    union fd_control control;
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (n > 0) {
        memset(&control, 0, sizeof control);
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(n * sizeof(int));
        struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(n * sizeof(int));
        memcpy(CMSG_DATA(cmsg), fds, n * sizeof(int));
    }
    ssize_t sent;
    do { sent = sendmsg(sock, &msg, MSG_NOSIGNAL); } while (sent < 0 && errno == EINTR);
    return sent == (ssize_t)len ? 0 : -1;
}

int hull_send_byte_fds(int sock, char byte, const int *fds, size_t n) {
    return hull_send_fds(sock, &byte, 1, fds, n);
}

ssize_t hull_recv_byte_fds(int sock, char *byte, int *fds, size_t max, size_t *n) {
    struct iovec iov = { .iov_base = byte, .iov_len = 1 };
    union fd_control control;
    struct msghdr msg;
    ssize_t got;
    *n = 0;
    if (max > HULL_MAX_PASSED_FDS) max = HULL_MAX_PASSED_FDS;
    do {
        memset(&msg, 0, sizeof msg);
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(max * sizeof(int));
        got = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    if (got != 1) return got;
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    if (cmsg && cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS) {
        *n = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        memcpy(fds, CMSG_DATA(cmsg), *n * sizeof(int));
    }
    return 1;
}
