// The keeper of a container's monitor: what still knows a container's
// exit status when its monitor is killed.
//
// The kernel hands a dead process's children to the nearest ancestor that
// is a subreaper (PR_SET_CHILD_SUBREAPER), and only their parent learns how
// they ended. So a monitor started as `hull ... container-monitor ID` forks
// here, in a constructor, before Swift starts: the parent becomes a small
// subreaper (the keeper, plain C, single-threaded) and the child goes on
// to be the monitor. Over a socket the monitor tells its keeper which
// container process it watches, where its exit is to be written and (as
// descriptors) the container's output streams. While the monitor lives the
// keeper only listens. When the monitor dies without saying it recorded
// the exit, the keeper inherits the container: it copies its output into
// the log until the streams close, reaps it, writes its exit file (as
// conmon does) and execs `hull ... container-cleanup ID`, which records the
// exit (or removes a --rm container) under the container's lock.
#include "chull.h"
#include "spawn_child.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define KEEPER_MAX_FDS 2
#define KEEPER_MESSAGE 8192

static const char monitor_verb[] = "container-monitor";
static const char cleanup_verb[] = "container-cleanup";

const char *hull_monitor_verb(void) { return monitor_verb; }
const char *hull_cleanup_verb(void) { return cleanup_verb; }

static int keeper_socket = -1;
static pid_t keeper = 0;

int hull_keeper_fd(void) { return keeper_socket; }
pid_t hull_keeper_pid(void) { return keeper; }

int hull_keeper_send(int sock, const void *data, size_t len, const int *fds, size_t nfds) {
    if (nfds > KEEPER_MAX_FDS || len > KEEPER_MESSAGE) {
        errno = E2BIG;
        return -1;
    }
    return hull_send_fds(sock, data, len, fds, nfds);
}

// What the monitor last said: the container it watches and its output.
struct watched {
    pid_t pid;                        // 0: none, or its exit is recorded
    char exit_path[4096];
    int fds[KEEPER_MAX_FDS];
    size_t nfds;
    int64_t max_size;
    char log_path[4096];
};

static void forget_streams(struct watched *w) {
    for (size_t i = 0; i < w->nfds; i++) close(w->fds[i]);
    w->nfds = 0;
}

// Copies a NUL-terminated string out of a message; 0 when it does not fit.
static int copy_text(char *out, size_t size, const char *from, size_t len) {
    if (len == 0 || len >= size || memchr(from, 0, len) != from + len - 1) return 0;
    memcpy(out, from, len);
    return 1;
}

// One message: 'S' int64 max size, log path, with the stream fds (stdout
// then stderr, or one terminal); 'P' int32 pid, exit file path; 'D' the
// exit is recorded. Returns the bytes received (0 at EOF, -1 on error).
static ssize_t receive(int sock, struct watched *w) {
    char buf[KEEPER_MESSAGE];
    union {
        char buf[CMSG_SPACE(KEEPER_MAX_FDS * sizeof(int))];
        struct cmsghdr align;
    } control;
    struct iovec iov = { .iov_base = buf, .iov_len = sizeof buf };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.buf;
    msg.msg_controllen = sizeof control.buf;
    ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC | MSG_DONTWAIT);
    if (n <= 0) return n;
    int fds[KEEPER_MAX_FDS];
    size_t nfds = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
        size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; i++) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (nfds < KEEPER_MAX_FDS) fds[nfds++] = fd;
            else close(fd);
        }
    }
    switch (buf[0]) {
    case 'S':
        forget_streams(w);
        if ((size_t)n > 1 + sizeof(int64_t) &&
            copy_text(w->log_path, sizeof w->log_path, buf + 1 + sizeof(int64_t), (size_t)n - 1 - sizeof(int64_t))) {
            memcpy(&w->max_size, buf + 1, sizeof w->max_size);
            memcpy(w->fds, fds, nfds * sizeof(int));
            w->nfds = nfds;
            nfds = 0;
        }
        break;
    case 'P':
        if ((size_t)n > 1 + sizeof(int32_t) &&
            copy_text(w->exit_path, sizeof w->exit_path, buf + 1 + sizeof(int32_t), (size_t)n - 1 - sizeof(int32_t))) {
            int32_t pid;
            memcpy(&pid, buf + 1, sizeof pid);
            w->pid = pid;
        }
        break;
    case 'D':
        w->pid = 0;
        forget_streams(w);
        break;
    }
    for (size_t i = 0; i < nfds; i++) close(fds[i]);
    return n;
}

// Reaps children other than the monitor and the watched container: helpers
// that daemonized (their parent exited) were handed to this subreaper.
// Returns 1 once the monitor has ended.
static int reap_others(pid_t monitor, pid_t watched) {
    for (;;) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) < 0 || info.si_pid == 0) return 0;
        if (info.si_pid == monitor) return 1;
        if (info.si_pid == watched) return 0;
        waitpid(info.si_pid, NULL, WNOHANG);
    }
}

static int status_code(int status) {
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

// "<code>" in a file renamed into place: a reader sees all of it or none.
static void write_exit_file(const char *path, int code) {
    char tmp[4096 + 8];
    char text[16];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) return;
    int len = snprintf(text, sizeof text, "%d", code);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return;
    ssize_t n = write(fd, text, (size_t)len);
    close(fd);
    if (n == len) rename(tmp, path);
    else unlink(tmp);
}

// The monitor died with the container unrecorded: finish its work.
static void take_over(struct watched *w, int argc, char **argv, char **envp, int verb_at) {
    if (w->nfds > 0) {
        static const char *const one[] = { "stdout" };
        static const char *const two[] = { "stdout", "stderr" };
        struct hull_pump pump = {
            .fds = w->fds, .streams = w->nfds == 1 ? one : two, .count = w->nfds,
            .log_path = w->log_path, .max_size = w->max_size,
            .listen_fd = -1, .client_fd = -1, .stdin_fd = -1, .tty_fd = -1,
            .release_pages = 0, .mirror_fds = NULL,
        };
        hull_monitor_pump(&pump);  // closes the streams
        w->nfds = 0;
    }
    int status;
    pid_t r;
    do { r = waitpid(w->pid, &status, 0); } while (r < 0 && errno == EINTR);
    // Reaped by the monitor before it died: the exit file is its to write.
    if (r == w->pid) write_exit_file(w->exit_path, status_code(status));
    reap_others(0, 0);
    // hull [global options] container-cleanup ID
    char *cleanup[16];
    int n = 0;
    for (int i = 0; i < verb_at && n < 13; i++) cleanup[n++] = argv[i];
    cleanup[n++] = (char *)cleanup_verb;
    if (verb_at + 1 < argc) cleanup[n++] = argv[verb_at + 1];
    cleanup[n] = NULL;
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    execve("/proc/self/exe", cleanup, envp);
    _exit(125);
}

static void keeper_main(int sock, pid_t monitor, int argc, char **argv, char **envp, int verb_at) {
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    prctl(PR_SET_NAME, "hull-keeper", 0, 0, 0);
    // Nothing of the launcher's: its report socket (fd 3) must see EOF
    // when the monitor ends, whatever became of the container.
    if (sock > 3) syscall(SYS_close_range, 3, sock - 1, 0);
    syscall(SYS_close_range, sock + 1, ~0U, 0);
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    sigprocmask(SIG_BLOCK, &child, NULL);
    int chld = signalfd(-1, &child, SFD_CLOEXEC | SFD_NONBLOCK);
    struct watched w;
    memset(&w, 0, sizeof w);
    int monitor_gone = 0, released = 0;
    while (!monitor_gone) {
        struct pollfd polls[2] = { { sock, POLLIN, 0 }, { chld, POLLIN, 0 } };
        // It waits as long as the container runs: hull's pages go back,
        // once the monitor has started it (not competing with its start).
        int ready = poll(polls, chld >= 0 ? 2 : 1, released ? -1 : 1000);
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (ready == 0) {
            hull_release_text_pages();
            released = 1;
            continue;
        }
        // Messages first: a child reaped as someone else's would be a
        // watched container's status lost.
        if (polls[0].revents) {
            ssize_t n;
            while ((n = receive(sock, &w)) > 0) {}
            if (n == 0 || (errno != EINTR && errno != EAGAIN)) monitor_gone = 1;
        }
        if (polls[1].revents) {
            struct signalfd_siginfo info;
            while (read(chld, &info, sizeof info) > 0) {}
            if (reap_others(monitor, w.pid)) monitor_gone = 1;
        }
    }
    // Messages sent just before the monitor ended are still queued.
    while (receive(sock, &w) > 0) {}
    close(sock);
    // The monitor's children are this process's once it is reaped.
    int status;
    pid_t r;
    do { r = waitpid(monitor, &status, 0); } while (r < 0 && errno == EINTR);
    if (w.pid <= 0) _exit(0);
    take_over(&w, argc, argv, envp, verb_at);
}

// argv as HiddenVerbProcess builds it: hull --root R --runroot RR VERB ID ...
static int monitor_verb_at(int argc, char **argv) {
    if (argc < 7 || !argv) return 0;
    if (strcmp(argv[1], "--root") || strcmp(argv[3], "--runroot") || strcmp(argv[5], monitor_verb)) return 0;
    return 5;
}

static int above(int fd, int floor) {
    if (fd < 0 || fd >= floor) return fd;
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, floor);
    close(fd);
    return moved;
}

__attribute__((constructor(102)))
static void keep_container_monitor(int argc, char **argv, char **envp) {
    int verb_at = monitor_verb_at(argc, argv);
    if (!verb_at) return;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) return;
    // Clear of the report socket (3) and the descriptors the launcher passes.
    sv[0] = above(sv[0], 10);
    sv[1] = above(sv[1], 10);
    if (sv[0] < 0 || sv[1] < 0) {
        if (sv[0] >= 0) close(sv[0]);
        if (sv[1] >= 0) close(sv[1]);
        return;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        return;  // no keeper: the monitor works as before
    }
    if (pid == 0) {
        close(sv[0]);
        keeper_socket = sv[1];
        keeper = parent;
        return;
    }
    close(sv[1]);
    keeper_main(sv[0], pid, argc, argv, envp, verb_at);
    _exit(0);
}
