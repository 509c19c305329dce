// The container's first process, from clone to execve.
//
// Everything here runs in a child cloned from a possibly multi-threaded Swift
// process, so only async-signal-safe calls are allowed: no malloc, no stdio,
// no locks. All data was prepared by the parent (struct hull_spec).
#include "chull.h"
#include "spawn_child.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/openat2.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <termios.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <linux/sched.h>
#include <grp.h>
#include <unistd.h>

#define PATH_BUF 4096

#ifndef MOVE_MOUNT_F_EMPTY_PATH
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#endif
#ifndef MOVE_MOUNT_T_EMPTY_PATH
#define MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#endif

// The detached root mount the parent sent with the first "go" (user
// namespaces), for the ATTACH step that names HULL_FD_RECEIVED.
static int received_fd = -1;

static void report(int fd, int step, int err, int detail) {
    struct hull_child_error e = { .step = step, .err = err, .detail = detail };
    ssize_t unused = write(fd, &e, sizeof e);
    (void)unused;
    _exit(125);
}

void hull_child_report(int fd, int step, int err, int detail) { report(fd, step, err, detail); }

static size_t str_len(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

// "/proc/self/fd/N" without snprintf, which is not async-signal-safe.
static void fd_path(char *buf, int fd) {
    static const char prefix[] = "/proc/self/fd/";
    char digits[16];
    int n = 0;
    memcpy(buf, prefix, sizeof prefix - 1);
    do { digits[n++] = (char)('0' + fd % 10); fd /= 10; } while (fd > 0);
    size_t at = sizeof prefix - 1;
    while (n > 0) buf[at++] = digits[--n];
    buf[at] = '\0';
}

static int openat2_in_root(int rootfd, const char *rel, int flags) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(flags | O_CLOEXEC);
    // RESOLVE_IN_ROOT treats rootfd as "/" for absolute and ".." components,
    // so an image's symlink can never point a mount outside its root
    // (the class of bug behind CVE-2021-30465).
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    const char *path = rel[0] ? rel : ".";
    return (int)syscall(SYS_openat2, rootfd, path, &how, sizeof how);
}

// Opens rel inside the root as O_PATH, creating it (and its parents) when
// create is set: a directory, or an empty file when is_file. A dangling
// symlink on the way is followed to what it names, created inside the root
// too (as runc's securejoin does); `links` bounds such hops.
static int open_in_root_links(int rootfd, const char *rel, int create, int is_file, int links) {
    while (*rel == '/') rel++;
    int fd = openat2_in_root(rootfd, rel, O_PATH);
    if (fd >= 0 || errno != ENOENT || !create) return fd;

    size_t len = str_len(rel);
    if (len >= PATH_BUF) { errno = ENAMETOOLONG; return -1; }
    char parent[PATH_BUF];
    memcpy(parent, rel, len + 1);
    while (len > 0 && parent[len - 1] == '/') parent[--len] = '\0';
    char *slash = strrchr(parent, '/');
    const char *name = parent;
    int pfd;
    if (slash) {
        *slash = '\0';
        name = slash + 1;
        pfd = open_in_root_links(rootfd, parent, 1, 0, links);
    } else {
        pfd = openat2_in_root(rootfd, ".", O_PATH);
    }
    if (pfd < 0) return -1;
    int rc;
    if (is_file) {
        rc = openat(pfd, name, O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (rc >= 0) { close(rc); rc = 0; }
    } else {
        rc = mkdirat(pfd, name, 0755);
    }
    int saved = errno;
    if (rc < 0 && (saved == EEXIST || saved == ELOOP) && links < 8) {
        char link[PATH_BUF];
        ssize_t n = readlinkat(pfd, name, link, sizeof link - 1);
        if (n > 0) {
            link[n] = '\0';
            char joined[PATH_BUF];
            size_t at = 0;
            if (link[0] != '/' && slash) {
                size_t plen = str_len(parent);
                memcpy(joined, parent, plen);
                joined[plen] = '/';
                at = plen + 1;
            }
            if (at + (size_t)n + 1 > sizeof joined) { close(pfd); errno = ENAMETOOLONG; return -1; }
            memcpy(joined + at, link, (size_t)n + 1);
            close(pfd);
            // Resolved in the root again: ".." and "/" in the link stay inside.
            return open_in_root_links(rootfd, joined, create, is_file, links + 1);
        }
    }
    close(pfd);
    if (rc < 0 && saved != EEXIST) { errno = saved; return -1; }
    return openat2_in_root(rootfd, rel, O_PATH);
}

static int open_in_root(int rootfd, const char *rel, int create, int is_file) {
    return open_in_root_links(rootfd, rel, create, is_file, 0);
}

// The root is reopened for every step: an earlier step may have mounted
// over it (the overlay), and the new mount is the one to resolve in.
static int open_root(const struct hull_spec *spec, int late) {
    if (late) return open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
    return open(spec->rootfs, O_PATH | O_DIRECTORY | O_CLOEXEC);
}

static int run_step(const struct hull_spec *spec, const struct hull_step *s, int late) {
    if (s->cwd && chdir(s->cwd) < 0) return -1;
    if (!s->in_root) {
        if (s->kind != HULL_STEP_MOUNT) { errno = EINVAL; return -1; }
        return mount(s->source, s->target, s->fstype, s->flags, s->data);
    }
    int rootfd = open_root(spec, late);
    if (rootfd < 0) return -1;
    int rc = -1;
    switch (s->kind) {
    case HULL_STEP_MOUNT: {
        int fd = open_in_root(rootfd, s->target, !s->optional, s->target_is_file);
        if (fd < 0) {
            rc = (s->optional && errno == ENOENT) ? 0 : -1;
            break;
        }
        char path[32];
        fd_path(path, fd);
        char source_path[32];
        const char *source = s->source;
        int source_fd = -1;
        if (s->source_in_root && s->source) {
            source_fd = open_in_root(rootfd, s->source, 0, 0);
            if (source_fd < 0) {
                int saved = errno;
                close(fd);
                rc = (s->optional && saved == ENOENT) ? 0 : -1;
                errno = saved;
                break;
            }
            fd_path(source_path, source_fd);
            source = source_path;
        }
        rc = mount(source, path, s->fstype, s->flags, s->data);
        int saved = errno;
        close(fd);
        if (source_fd >= 0) close(source_fd);
        errno = saved;
        break;
    }
    case HULL_STEP_ATTACH: {
        int src = s->source_fd == HULL_FD_RECEIVED ? received_fd : s->source_fd;
        int fd = open_in_root(rootfd, s->target, !s->optional, s->target_is_file);
        if (fd < 0) {
            rc = (s->optional && errno == ENOENT) ? 0 : -1;
            break;
        }
        rc = (int)syscall(SYS_move_mount, src, "", fd, "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH);
        int saved = errno;
        close(fd);
        errno = saved;
        break;
    }
    case HULL_STEP_COPY_UP: {
        // Nothing at the mount point in the image: nothing to copy.
        int fd = open_in_root(rootfd, s->target, 0, 0);
        if (fd < 0) {
            rc = errno == ENOENT ? 0 : -1;
            break;
        }
        rc = hull_copy_up(fd, s->source, s->source_fd);
        int saved = errno;
        close(fd);
        errno = saved;
        break;
    }
    case HULL_STEP_MKDIR: {
        int fd = open_in_root(rootfd, s->target, 1, 0);
        if (fd >= 0) { close(fd); rc = 0; }
        break;
    }
    case HULL_STEP_SYMLINK: {
        char parent[PATH_BUF];
        const char *rel = s->target;
        while (*rel == '/') rel++;
        size_t len = str_len(rel);
        if (len >= PATH_BUF) { errno = ENAMETOOLONG; break; }
        memcpy(parent, rel, len + 1);
        char *slash = strrchr(parent, '/');
        const char *name = parent;
        int pfd;
        if (slash) { *slash = '\0'; name = slash + 1; pfd = open_in_root(rootfd, parent, 1, 0); }
        else pfd = openat2_in_root(rootfd, ".", O_PATH);
        if (pfd < 0) break;
        rc = symlinkat(s->source, pfd, name);
        int saved = errno;
        close(pfd);
        if (rc < 0 && saved == EEXIST) rc = 0;
        errno = saved;
        break;
    }
    default:
        errno = EINVAL;
    }
    int saved = errno;
    close(rootfd);
    errno = saved;
    return rc;
}

// A host whose / is the initramfs (rootfs: boot-from-ISO systems, minimal
// VMs, some CI sandboxes) has no root pivot_root can swap: rootfs can never
// be unmounted, so the kernel refuses with EINVAL. There, as runc's
// msMoveRoot and crun do, the new root is moved over / and chrooted into.
// The host's tree stays underneath it, covered: no path leads there, though
// a process allowed to unmount (--privileged) could uncover it, which is why
// this is the fallback and not the way in. Called with the new root as cwd.
static int move_root_over(void) {
    // Already private since the namespace was made; said again because
    // MS_MOVE fails outright under a shared parent.
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) return -1;
    if (mount(".", "/", NULL, MS_MOVE, NULL) < 0) return -1;
    if (chroot(".") < 0) return -1;
    return chdir("/");
}

static int pivot_into(const struct hull_spec *spec) {
    // pivot_root(".", ".") stacks the old root under the new one; detaching
    // it leaves no path back to the host's tree (runc does the same).
    int rootfd = open_root(spec, 0);
    if (rootfd < 0) return -1;
    int rc = fchdir(rootfd);
    close(rootfd);
    if (rc < 0) return -1;
    if (syscall(SYS_pivot_root, ".", ".") < 0)
        return errno == EINVAL ? move_root_over() : -1;
    if (umount2(".", MNT_DETACH) < 0) return -1;
    return chdir("/");
}

static int loopback_up(void) {
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    memcpy(ifr.ifr_name, "lo", 3);
    int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
    if (rc == 0) {
        ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
        rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
    }
    int saved = errno;
    close(fd);
    errno = saved;
    return rc;
}

// Returns 1 when the last component was made here, 0 when it existed.
static int mkdir_p(const char *path) {
    char buf[PATH_BUF];
    size_t len = str_len(path);
    if (len >= PATH_BUF) { errno = ENAMETOOLONG; return -1; }
    memcpy(buf, path, len + 1);
    int made = 0;
    for (size_t i = 1; i <= len; i++) {
        if (buf[i] == '/' || buf[i] == '\0') {
            char c = buf[i];
            buf[i] = '\0';
            made = mkdir(buf, 0755) == 0;
            if (!made && errno != EEXIST) return -1;
            buf[i] = c;
        }
    }
    return made;
}

void hull_reset_signals(void) {
    // Dispositions set to SIG_IGN survive execve; the Swift runtime ignores
    // SIGPIPE, which the container's programs must not inherit.
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        sigaction(sig, &dfl, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

static void exec_command(const struct hull_spec *spec, int err_fd) {
    const char *file = spec->argv[0];
    char *const *argv = (char *const *)spec->argv;
    char *const *envp = (char *const *)spec->envp;
    if (strchr(file, '/')) {
        execve(file, argv, envp);
        report(err_fd, HULL_CHILD_EXEC, errno, 0);
    }
    // Like execvp, but without its allocations: EACCES from one PATH entry is
    // remembered, ENOENT/ENOTDIR move on to the next.
    int seen_eacces = 0;
    size_t flen = str_len(file);
    for (size_t i = 0; i < spec->npath_dirs; i++) {
        const char *dir = spec->path_dirs[i];
        size_t dlen = str_len(dir);
        char path[PATH_BUF];
        if (dlen + flen + 2 > sizeof path) continue;
        memcpy(path, dir, dlen);
        path[dlen] = '/';
        memcpy(path + dlen + 1, file, flen + 1);
        execve(path, argv, envp);
        if (errno == EACCES) seen_eacces = 1;
        else if (errno != ENOENT && errno != ENOTDIR) report(err_fd, HULL_CHILD_EXEC, errno, 0);
    }
    report(err_fd, HULL_CHILD_EXEC, seen_eacces ? EACCES : ENOENT, 1);
}

// The terminal is made from the container's own devpts instance, so the
// process sees /dev/pts/0 as its tty (runc and crun do the same through a
// console socket). The master goes to hull, which relays it.
// Sends one byte with a descriptor attached (SCM_RIGHTS). No allocation:
// the child uses it too. Returns -1 with errno set on failure.
static int send_fd(int sock, char byte, int fd) {
    return hull_send_byte_fds(sock, byte, &fd, 1);
}

static int setup_console(int sock, uid_t uid, unsigned short rows, unsigned short cols) {
    int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    int unlock = 0, n = 0;
    if (ioctl(master, TIOCSPTLCK, &unlock) < 0 || ioctl(master, TIOCGPTN, &n) < 0) return -1;
    if (rows > 0 && cols > 0) {
        struct winsize ws = { .ws_row = rows, .ws_col = cols };
        if (ioctl(master, TIOCSWINSZ, &ws) < 0) return -1;
    }
    char path[32] = "/dev/pts/";
    char digits[12];
    int len = 0;
    do { digits[len++] = (char)('0' + n % 10); n /= 10; } while (n > 0);
    size_t at = 9;
    while (len > 0) path[at++] = digits[--len];
    path[at] = '\0';
    int slave = open(path, O_RDWR | O_NOCTTY);
    if (slave < 0) return -1;
    // The user the process runs as must own its terminal to write to it.
    if (fchown(slave, uid, (gid_t)-1) < 0) return -1;
    if (setsid() < 0) return -1;
    if (ioctl(slave, TIOCSCTTY, 0) < 0) return -1;

    if (send_fd(sock, 't', master) < 0) return -1;
    close(master);
    close(sock);
    for (int fd = 0; fd < 3; fd++) {
        if (dup2(slave, fd) < 0) return -1;
    }
    if (slave > 2) close(slave);
    return 0;
}

static int drop_bounding_set(const struct hull_spec *spec) {
    for (int cap = 0; cap <= spec->cap_last && cap < 64; cap++) {
        if (spec->cap_bounding & (1ULL << cap)) continue;
        if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL) return -1;
    }
    return 0;
}

// Inheritable stays empty (Docker's fix for CVE-2022-24769); a non-root
// user ends with no capabilities after execve, root with the bounding set.
static int set_capabilities(const struct hull_spec *spec) {
    struct __user_cap_header_struct header = { .version = _LINUX_CAPABILITY_VERSION_3, .pid = 0 };
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof data);
    data[0].effective = data[0].permitted = (uint32_t)(spec->cap_effective & 0xffffffffULL);
    data[1].effective = data[1].permitted = (uint32_t)(spec->cap_effective >> 32);
    if (syscall(SYS_capset, &header, data) < 0) return -1;
    return prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL ? -1 : 0;
}

static int load_seccomp(const struct hull_spec *spec) {
    struct sock_fprog prog = {
        .len = (unsigned short)(spec->seccomp_filter_len / sizeof(struct sock_filter)),
        .filter = (struct sock_filter *)spec->seccomp_filter,
    };
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

static void ignore_signal(int sig) { (void)sig; }

// --init: PID 1 of the container stays this code (no host binary is ever
// exec'd inside the container, CVE-2019-5736), forks the command, reaps
// every orphan the namespace hands it, relays signals to the command and
// exits with its status, as tini and catatonit do.
static void run_init(int err_fd) {
    // An init with a default disposition never receives signals from
    // outside its namespace; a handler (then blocked) makes them queue.
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ignore_signal;
    sigemptyset(&sa.sa_mask);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig != SIGKILL && sig != SIGSTOP) sigaction(sig, &sa, NULL);
    }
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, NULL);
    // Not fork(): its atfork handlers take locks other threads of the
    // original parent may have held when this process was cloned.
    pid_t child = (pid_t)syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (child < 0) report(err_fd, HULL_CHILD_EXEC, errno, 2);
    if (child == 0) {
        hull_reset_signals();
        return;  // the caller goes on to exec the command
    }
    close(err_fd);
    syscall(SYS_close_range, 3, ~0U, 0);
    for (;;) {
        siginfo_t info;
        int sig = sigwaitinfo(&all, &info);
        if (sig < 0) continue;
        if (sig != SIGCHLD) {
            kill(child, sig);
            continue;
        }
        int status;
        pid_t pid;
        while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
            if (pid != child) continue;
            if (WIFSIGNALED(status)) _exit(128 + WTERMSIG(status));
            _exit(WEXITSTATUS(status));
        }
    }
}

// A pod's infra container: PID 1 is this code with no command at all. It
// holds the pod's namespaces, reaps what they hand it, and ends on the
// signals `stop` and `kill` send, as Podman's catatonit -P does.
static void run_pause(int err_fd) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ignore_signal;
    sigemptyset(&sa.sa_mask);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig != SIGKILL && sig != SIGSTOP) sigaction(sig, &sa, NULL);
    }
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, NULL);
    close(err_fd);
    syscall(SYS_close_range, 0, ~0U, 0);
    prctl(PR_SET_NAME, "pause", 0, 0, 0);
    for (;;) {
        int sig = sigwaitinfo(&all, NULL);
        if (sig == SIGCHLD) {
            while (waitpid(-1, NULL, WNOHANG) > 0) {}
        } else if (sig == SIGTERM || sig == SIGINT || sig == SIGHUP || sig == SIGQUIT) {
            _exit(0);
        }
    }
}

// Waits for one "go" byte, keeping an fd the parent may send with it.
static int recv_go(int sock) {
    char go;
    int fd;
    size_t n;
    ssize_t got = hull_recv_byte_fds(sock, &go, &fd, 1, &n);
    if (got != 1) return (int)got;
    if (n == 1) received_fd = fd;
    return 1;
}

// Whether the spawning hull is unprivileged, as the parent saw it before
// clone (the child's own geteuid() depends on whether its user
// namespace's maps are written yet). The child gets a copy of the memory.
int hull_spawned_unprivileged;

unsigned long hull_early_namespaces(unsigned long clone_flags) {
    if (!(clone_flags & CLONE_NEWUSER)) return 0;
    return clone_flags & (CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS);
}

// Made by the child after clone rather than by clone itself (see
// hull_wait_unshared): only under a new user namespace, whose maps the
// parent writes meanwhile, and so owned by it as clone would make them.
static unsigned long early_namespaces(const struct hull_spec *spec) {
    return hull_early_namespaces(spec->clone_flags);
}

void hull_child_begin(const struct hull_spec *spec, int err_fd) {
    // Until execve this process is a copy of hull inside the container:
    // not dumpable, so no container process can open /proc/PID/exe (the
    // host's hull binary) and later write through it (CVE-2019-5736).
    // execve makes the container's program dumpable again; --init's PID 1
    // never execs and stays protected.
    // An unprivileged parent writing this child's id maps itself (no
    // newuidmap) needs its /proc files to be its own until then; the child
    // is still in no container's root at that point.
    // An unprivileged hull (rootless) leaves the child dumpable until the
    // second barrier: pasta, run by the same user, opens its namespaces
    // through /proc/PID/ns meanwhile. The user cannot write hull's binary,
    // which is what non-dumpable protects; the container's command is not
    // running yet.
    if (!spec->setgroups_denied && !hull_spawned_unprivileged) prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    if (spec->parent_death_signal && prctl(PR_SET_PDEATHSIG, spec->parent_death_signal) < 0)
        report(err_fd, HULL_CHILD_PDEATHSIG, errno, 0);

    // Into the container's v1 cgroups, by itself while single-threaded:
    // the kernel then moves one thread without its threadgroup lock, which
    // otherwise costs an RCU grace period (see selfJoinTaskFiles).
    for (size_t i = 0; i < spec->ncgroup_task_fds; i++) {
        if (write(spec->cgroup_task_fds[i], "0", 1) != 1)
            report(err_fd, HULL_CHILD_CGROUP, errno, (int)i);
    }
}

void hull_child_unshare_early(unsigned long early, int sync_fd, int err_fd) {
    // The namespaces whose making the parent's id-map writing can hide;
    // the child already has every capability in its new user namespace,
    // maps or not. The byte tells the parent they exist.
    if (!early) return;
    if (unshare((int)early) < 0) report(err_fd, HULL_CHILD_UNSHARE, errno, 1);
    char made = 'u';
    if (send(sync_fd, &made, 1, MSG_NOSIGNAL) != 1) _exit(125);
}

static void child_main(const struct hull_spec *spec, int sync_fd, int err_fd) {
    hull_reset_signals();
    hull_child_begin(spec, err_fd);
    hull_child_unshare_early(early_namespaces(spec), sync_fd, err_fd);
    hull_child_finish(spec, sync_fd, err_fd);
}

void hull_child_finish(const struct hull_spec *spec, int sync_fd, int err_fd) {
    int unprivileged = hull_spawned_unprivileged;
    char go;
    ssize_t n;
    if (recv_go(sync_fd) != 1) _exit(125);  // the parent gave up; nobody listens any more
    if (spec->setgroups_denied && !unprivileged) prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

    // A new user namespace: the parent has written its id maps. Become its
    // root, or files made below would belong to an id it cannot map.
    if (spec->clone_flags & CLONE_NEWUSER) {
        if (!spec->setgroups_denied && syscall(SYS_setgroups, 0, NULL) < 0) report(err_fd, HULL_CHILD_USERNS, errno, 0);
        if (syscall(SYS_setresgid, 0, 0, 0) < 0) report(err_fd, HULL_CHILD_USERNS, errno, 1);
        if (syscall(SYS_setresuid, 0, 0, 0) < 0) report(err_fd, HULL_CHILD_USERNS, errno, 2);
        // Files only this namespace's root can give to itself: the parent
        // cannot chown to an id it does not own (rootless --userns=keep-id).
        for (size_t i = 0; i < spec->nroot_owned; i++) {
            if (fchownat(AT_FDCWD, spec->root_owned[i], 0, 0, AT_SYMLINK_NOFOLLOW) < 0)
                report(err_fd, HULL_CHILD_USERNS, errno, 10 + (int)i);
        }
    }

    for (int i = 0; i < 3; i++) {
        if (spec->stdio[i] >= 0 && spec->stdio[i] != i && dup2(spec->stdio[i], i) < 0)
            report(err_fd, HULL_CHILD_STDIO, errno, i);
    }

    // exec: enter the container's namespaces. Joining its mount namespace
    // also moves root and cwd to the container's root, so no chroot follows.
    for (size_t i = 0; i < spec->njoin_fds; i++) {
        if (setns(spec->join_fds[i], 0) < 0)
            report(err_fd, HULL_CHILD_JOIN, errno, (int)i);
    }

    // A FUSE daemon mounted the root in the namespace the child was born
    // in, and lives there: pivot_root moves the root of every process of
    // a namespace, so the child pivots in a copy, leaving the daemon on
    // the host's tree (and the container out of reach of its /proc/PID/exe).
    if (spec->fresh_mount_ns && unshare(CLONE_NEWNS) < 0)
        report(err_fd, HULL_CHILD_UNSHARE, errno, 4);
    if (spec->clone_flags & CLONE_NEWNS) {
        // Nothing mounted in here may propagate back to the host.
        if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
            report(err_fd, HULL_CHILD_MOUNT_PRIVATE, errno, 0);
    }
    for (size_t i = 0; i < spec->nsteps; i++) {
        if (run_step(spec, &spec->steps[i], 0) < 0)
            report(err_fd, HULL_CHILD_STEP, errno, (int)i);
    }
    if (received_fd >= 0) close(received_fd);
    if (spec->rootfs && pivot_into(spec) < 0)
        report(err_fd, HULL_CHILD_PIVOT, errno, 0);

    if (spec->console_socket >= 0 && setup_console(spec->console_socket, spec->uid, spec->console_rows, spec->console_cols) < 0)
        report(err_fd, HULL_CHILD_CONSOLE, errno, 0);

    if (spec->hostname && sethostname(spec->hostname, str_len(spec->hostname)) < 0)
        report(err_fd, HULL_CHILD_HOSTNAME, errno, 0);
    if (spec->loopback_up && loopback_up() < 0)
        report(err_fd, HULL_CHILD_LOOPBACK, errno, 0);

    // Second barrier: the parent moves this process into its cgroup while
    // the mounts above are made, when it was neither born in it nor could
    // join it itself (the first migration of a process costs an RCU grace
    // period in the kernel, often longer than all of the above).
    do { n = read(sync_fd, &go, 1); } while (n < 0 && errno == EINTR);
    if (n != 1) _exit(125);
    close(sync_fd);
    if (unprivileged) prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    if (spec->unshare_flags && unshare((int)spec->unshare_flags) < 0)
        report(err_fd, HULL_CHILD_UNSHARE, errno, 0);
    // Mounts that show the container's cgroup namespace (its own cgroup as
    // the root of /sys/fs/cgroup) can only be made once it exists.
    for (size_t i = 0; i < spec->nlate_steps; i++) {
        if (run_step(spec, &spec->late_steps[i], 1) < 0)
            report(err_fd, HULL_CHILD_LATE_STEP, errno, (int)i);
    }

    // The working directory is made as root (Docker and Podman create a
    // missing one) and, when made here, given to the user as Podman does;
    // it is entered as the user, so permissions apply.
    if (spec->workdir && spec->create_workdir) {
        int made = mkdir_p(spec->workdir);
        if (made < 0) report(err_fd, HULL_CHILD_WORKDIR, errno, 0);
        if (made > 0 && (spec->uid || spec->gid) && chown(spec->workdir, spec->uid, spec->gid) < 0)
            report(err_fd, HULL_CHILD_WORKDIR, errno, 2);
    }

    // Limits while still privileged: raising a hard limit needs
    // CAP_SYS_RESOURCE, which the process may not keep.
    for (size_t i = 0; i < spec->nrlimits; i++) {
        struct rlimit rl = { .rlim_cur = spec->rlimit_soft[i], .rlim_max = spec->rlimit_hard[i] };
        if (setrlimit(spec->rlimit_resources[i], &rl) < 0) report(err_fd, HULL_CHILD_RLIMIT, errno, (int)i);
    }

    // The bounding set first: it needs CAP_SETPCAP, which may be dropped.
    if (spec->apply_capabilities) {
        if (drop_bounding_set(spec) < 0) report(err_fd, HULL_CHILD_CAPABILITIES, errno, 0);
        if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0) report(err_fd, HULL_CHILD_CAPABILITIES, errno, 1);
    }
    // Loading a filter needs no_new_privs or CAP_SYS_ADMIN. Without
    // no_new_privs it is loaded here, while CAP_SYS_ADMIN is still
    // effective (as runc does); the profile allows what follows.
    if (spec->seccomp_filter && !spec->no_new_privs && load_seccomp(spec) < 0)
        report(err_fd, HULL_CHILD_SECCOMP, errno, 0);

    // Groups before gid before uid: once the uid is dropped the process may
    // no longer change its groups.
    // Raw syscalls: glibc's wrappers broadcast the change to every thread
    // it believes exists, and in a child cloned from a multi-threaded
    // parent those threads are gone, so the wrapper would wait forever.
    if (!spec->setgroups_denied && syscall(SYS_setgroups, spec->ngroups, spec->groups) < 0)
        report(err_fd, HULL_CHILD_SETGROUPS, errno, 0);
    if (syscall(SYS_setresgid, spec->gid, spec->gid, spec->gid) < 0)
        report(err_fd, HULL_CHILD_SETGID, errno, 0);
    if (syscall(SYS_setresuid, spec->uid, spec->uid, spec->uid) < 0)
        report(err_fd, HULL_CHILD_SETUID, errno, 0);
    if (spec->apply_capabilities && set_capabilities(spec) < 0)
        report(err_fd, HULL_CHILD_CAPABILITIES, errno, 2);
    if (spec->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        report(err_fd, HULL_CHILD_NO_NEW_PRIVS, errno, 0);
    // A uid change clears the parent-death signal; set it again.
    if (spec->parent_death_signal && prctl(PR_SET_PDEATHSIG, spec->parent_death_signal) < 0)
        report(err_fd, HULL_CHILD_PDEATHSIG, errno, 0);

    if (spec->workdir && chdir(spec->workdir) < 0)
        report(err_fd, HULL_CHILD_WORKDIR, errno, 1);

    // No host fd may reach the container (CVE-2024-21626). CLOEXEC rather
    // than close keeps err_fd usable until execve succeeds.
    if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
        for (int fd = 3; fd < 65536; fd++) {
            if (fd != err_fd) fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    // With no_new_privs the filter comes last, so it governs only the
    // container's own program.
    if (spec->seccomp_filter && spec->no_new_privs && load_seccomp(spec) < 0)
        report(err_fd, HULL_CHILD_SECCOMP, errno, 1);
    if (spec->run_init && (!spec->argv || !spec->argv[0])) run_pause(err_fd);
    if (spec->run_init) run_init(err_fd);
    exec_command(spec, err_fd);
}

int hull_spawn(const struct hull_spec *spec, struct hull_child *out) {
    int sync_pipe[2], err_pipe[2];
    // A socket rather than a pipe: send(MSG_NOSIGNAL) to a child that has
    // already failed gives EPIPE, not a SIGPIPE.
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sync_pipe) < 0) return -errno;
    if (pipe2(err_pipe, O_CLOEXEC) < 0) {
        int saved = errno;
        close(sync_pipe[0]);
        close(sync_pipe[1]);
        return -saved;
    }
    // The raw syscall, not glibc's fork(): no atfork handlers run, which is
    // what we want in a process whose other threads may hold locks.
    long pid = -1;
    out->in_cgroup = 0;
    hull_spawned_unprivileged = geteuid() != 0;
    unsigned long clone_flags = spec->clone_flags & ~early_namespaces(spec);
    if (spec->cgroup_fd_set) {
        // Born in its cgroup: no migration later, which costs an RCU grace
        // period the first time (Linux 5.7+, cgroup v2 only). A kernel or
        // cgroup that refuses it gets a plain clone; the caller migrates.
        struct clone_args args;
        memset(&args, 0, sizeof args);
        args.flags = clone_flags | CLONE_INTO_CGROUP;
        args.exit_signal = SIGCHLD;
        args.cgroup = (uint64_t)spec->cgroup_fd;
        pid = syscall(SYS_clone3, &args, sizeof args);
        if (pid >= 0) out->in_cgroup = 1;
    }
    if (pid < 0) pid = syscall(SYS_clone, clone_flags | SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        int saved = errno;
        close(sync_pipe[0]); close(sync_pipe[1]);
        close(err_pipe[0]); close(err_pipe[1]);
        return -saved;
    }
    if (pid == 0) {
        close(sync_pipe[1]);
        close(err_pipe[0]);
        child_main(spec, sync_pipe[0], err_pipe[1]);
        _exit(125);
    }
    close(sync_pipe[0]);
    close(err_pipe[1]);
    out->pid = (pid_t)pid;
    out->proceeded = 0;
    out->unsharing = early_namespaces(spec) != 0;
    out->sync_fd = sync_pipe[1];
    out->error_fd = err_pipe[0];
    return 0;
}

static void send_go(int fd) {
    char go = 'g';
    ssize_t n;
    do { n = send(fd, &go, 1, MSG_NOSIGNAL); } while (n < 0 && errno == EINTR);
}

void hull_proceed(struct hull_child *child) {
    if (child->sync_fd >= 0 && !child->proceeded) {
        send_go(child->sync_fd);
        child->proceeded = 1;
    }
}

int hull_proceed_fd(struct hull_child *child, int fd) {
    if (child->sync_fd < 0 || child->proceeded) return -EINVAL;
    if (send_fd(child->sync_fd, 'g', fd) < 0) return -errno;
    child->proceeded = 1;
    return 0;
}

// Reads the child's failure report; 1 when there was one.
static int read_child_error(struct hull_child *child, struct hull_child_error *err) {
    size_t got = 0;
    char *buf = (char *)err;
    while (got < sizeof *err) {
        ssize_t n = read(child->error_fd, buf + got, sizeof *err - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    close(child->error_fd);
    child->error_fd = -1;
    if (got == 0) return 0;
    if (got == sizeof *err) return 1;
    return -EPROTO;
}

int hull_wait_unshared(struct hull_child *child, struct hull_child_error *err) {
    if (!child->unsharing) return 0;
    child->unsharing = 0;
    char made;
    ssize_t n;
    do { n = recv(child->sync_fd, &made, 1, 0); } while (n < 0 && errno == EINTR);
    if (n == 1) return 0;
    if (n < 0) return -errno;
    // The child ended before saying so: its report says why.
    int rc = read_child_error(child, err);
    return rc == 0 ? -EPROTO : rc;
}

int hull_release(struct hull_child *child, struct hull_child_error *err) {
    hull_proceed(child);
    send_go(child->sync_fd);
    close(child->sync_fd);
    child->sync_fd = -1;
    if (child->error_fd < 0) return -EPROTO;  // already read: the child is gone
    return read_child_error(child, err);
}

static volatile pid_t forward_target = 0;

static void forward(int sig) {
    if (forward_target > 0) kill(forward_target, sig);
}

void hull_forward_signals(pid_t pid) {
    forward_target = pid;
    // What a user or supervisor sends on purpose, as Podman's --sig-proxy
    // does; not faults (SEGV, BUS...), job control, SIGCHLD, SIGPIPE, SIGWINCH.
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPWR,
                                SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) sigaction(sig, &sa, NULL);
}

int hull_wait(pid_t pid) {
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, 0);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -errno;
    }
}

int hull_peek_exit(pid_t pid) {
    siginfo_t info;
    for (;;) {
        memset(&info, 0, sizeof info);
        if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) == 0) break;
        if (errno != EINTR) return -errno;
    }
    if (info.si_code == CLD_EXITED) return info.si_status & 0xff;
    return 128 + info.si_status;
}

pid_t hull_spawn_detached(const char *path, const char *const *argv, const char *const *envp, int report_fd, int extra_fd) {
    int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null_fd < 0) return -errno;
    long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        int saved = errno;
        close(null_fd);
        return -saved;
    }
    if (pid == 0) {
        hull_reset_signals();
        // A session of its own: the caller's terminal and its signals
        // (Ctrl-C, hangup) never reach the monitor.
        if (setsid() < 0) _exit(125);
        // Move report_fd out of the way of 0-2 before they are replaced.
        int report = fcntl(report_fd, F_DUPFD, 10);
        if (report < 0) _exit(125);
        int extra = extra_fd >= 0 ? fcntl(extra_fd, F_DUPFD, 10) : -1;
        if (extra_fd >= 0 && extra < 0) _exit(125);
        if (dup2(null_fd, 0) < 0 || dup2(null_fd, 1) < 0 || dup2(null_fd, 2) < 0 || dup2(report, 3) < 0) _exit(125);
        if (extra >= 0 && dup2(extra, 4) < 0) _exit(125);
        syscall(SYS_close_range, extra >= 0 ? 5 : 4, ~0U, 0);
        execve(path, (char *const *)argv, (char *const *)envp);
        _exit(127);
    }
    close(null_fd);
    return (pid_t)pid;
}
