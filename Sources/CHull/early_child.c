// A container child cloned before hull knows its spec. A rootless run
// clones it before main (see "prestart" below), and as soon as its
// options are parsed newuidmap and newgidmap (setuid programs, a few
// milliseconds) write its id maps while hull reads its store and builds
// the spec. The spec then reaches the
// child as a copy in memory both share, with the descriptors it names
// passed over the sync socket (SCM_RIGHTS); from there on the child is
// the one hull_spawn makes. Same rules as spawn.c: no allocation, no locks.
#include "spawn_child.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

// The head of the shared block; the spec copy follows it.
struct early_area {
    struct hull_spec *spec;
    size_t nfds;
    int fds[HULL_MAX_PASSED_FDS];   // hull's numbers, in the order they are sent
};

static int add_fd(struct early_area *a, int fd) {
    if (fd < 0) return 0;
    for (size_t i = 0; i < a->nfds; i++) {
        if (a->fds[i] == fd) return 0;
    }
    if (a->nfds == HULL_MAX_PASSED_FDS) return -1;
    a->fds[a->nfds++] = fd;
    return 0;
}

// Every descriptor the child uses before exec.
static int collect_fds(struct early_area *a, const struct hull_spec *spec) {
    int rc = 0;
    a->nfds = 0;
    for (int i = 0; i < 3; i++) rc |= add_fd(a, spec->stdio[i]);
    rc |= add_fd(a, spec->console_socket);
    for (size_t i = 0; i < spec->njoin_fds; i++) rc |= add_fd(a, spec->join_fds[i]);
    for (size_t i = 0; i < spec->ncgroup_task_fds; i++) rc |= add_fd(a, spec->cgroup_task_fds[i]);
    for (size_t i = 0; i < spec->nsteps; i++) rc |= add_fd(a, spec->steps[i].source_fd);
    for (size_t i = 0; i < spec->nlate_steps; i++) rc |= add_fd(a, spec->late_steps[i].source_fd);
    return rc;
}

static int remap(int fd, const int *sent, const int *got, size_t n) {
    if (fd < 0) return fd;
    for (size_t i = 0; i < n; i++) {
        if (sent[i] == fd) return got[i];
    }
    return fd;
}

// The spec names hull's descriptor numbers; the child got its own.
static void remap_spec(struct hull_spec *spec, const int *sent, const int *got, size_t n) {
    for (int i = 0; i < 3; i++) spec->stdio[i] = remap(spec->stdio[i], sent, got, n);
    spec->console_socket = remap(spec->console_socket, sent, got, n);
    int *joins = (int *)spec->join_fds;
    for (size_t i = 0; i < spec->njoin_fds; i++) joins[i] = remap(joins[i], sent, got, n);
    int *tasks = (int *)spec->cgroup_task_fds;
    for (size_t i = 0; i < spec->ncgroup_task_fds; i++) tasks[i] = remap(tasks[i], sent, got, n);
    struct hull_step *steps = (struct hull_step *)spec->steps;
    for (size_t i = 0; i < spec->nsteps; i++) steps[i].source_fd = remap(steps[i].source_fd, sent, got, n);
    struct hull_step *late = (struct hull_step *)spec->late_steps;
    for (size_t i = 0; i < spec->nlate_steps; i++) late[i].source_fd = remap(late[i].source_fd, sent, got, n);
}

static void early_child_main(unsigned long clone_flags, struct early_area *area, int sync_fd, int err_fd) {
    hull_reset_signals();
    hull_child_unshare_early(hull_early_namespaces(clone_flags), sync_fd, err_fd);
    int got[HULL_MAX_PASSED_FDS];
    size_t n = 0;
    // EOF: hull failed or exited before it had a spec (no parent-death
    // signal is needed until then).
    char byte;
    if (hull_recv_byte_fds(sync_fd, &byte, got, HULL_MAX_PASSED_FDS, &n) != 1 || byte != 's') _exit(125);
    if (n != area->nfds) hull_child_report(err_fd, HULL_CHILD_SYNC, EPROTO, 0);
    for (size_t i = 0; i < n; i++) {
        // Never 0, 1 or 2 (free when hull was started without them): the
        // stdio dup2s would overwrite one received descriptor with another.
        if (got[i] < 3) {
            int moved = fcntl(got[i], F_DUPFD_CLOEXEC, 3);
            if (moved < 0) hull_child_report(err_fd, HULL_CHILD_SYNC, errno, 1);
            close(got[i]);
            got[i] = moved;
        }
    }
    struct hull_spec *spec = area->spec;
    remap_spec(spec, area->fds, got, n);
    hull_child_begin(spec, err_fd);
    hull_child_finish(spec, sync_fd, err_fd);
}

// A descriptor of the early child's pipes, never 0, 1 or 2: hull may have
// been started with those closed, and the constructor runs first. There
// they would be taken for hull's own stdio, and in the child the stdio
// dup2s would overwrite them. Returns the fd (moved if needed) or -1.
static int above_stdio(int fd) {
    if (fd < 0 || fd > 2) return fd;
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    close(fd);
    return moved;
}

int hull_spawn_early(unsigned long clone_flags, size_t area_size, struct hull_early_child *out) {
    memset(out, 0, sizeof *out);
    out->child.sync_fd = -1;
    out->child.error_fd = -1;
    if (area_size < sizeof(struct early_area) + sizeof(struct hull_spec)) return -EINVAL;
    void *area = mmap(NULL, area_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (area == MAP_FAILED) return -errno;
    int sync_pipe[2], err_pipe[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sync_pipe) < 0) {
        int saved = errno;
        munmap(area, area_size);
        return -saved;
    }
    if (pipe2(err_pipe, O_CLOEXEC) < 0) {
        int saved = errno;
        close(sync_pipe[0]); close(sync_pipe[1]);
        munmap(area, area_size);
        return -saved;
    }
    for (int i = 0; i < 2; i++) {
        sync_pipe[i] = above_stdio(sync_pipe[i]);
        err_pipe[i] = above_stdio(err_pipe[i]);
    }
    if (sync_pipe[0] < 0 || sync_pipe[1] < 0 || err_pipe[0] < 0 || err_pipe[1] < 0) {
        for (int i = 0; i < 2; i++) {
            if (sync_pipe[i] >= 0) close(sync_pipe[i]);
            if (err_pipe[i] >= 0) close(err_pipe[i]);
        }
        munmap(area, area_size);
        return -EMFILE;
    }
    hull_spawned_unprivileged = geteuid() != 0;
    unsigned long early = hull_early_namespaces(clone_flags);
    // The raw syscall, as in hull_spawn: no atfork handlers.
    long pid = syscall(SYS_clone, (clone_flags & ~early) | SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        int saved = errno;
        close(sync_pipe[0]); close(sync_pipe[1]);
        close(err_pipe[0]); close(err_pipe[1]);
        munmap(area, area_size);
        return -saved;
    }
    if (pid == 0) {
        close(sync_pipe[1]);
        close(err_pipe[0]);
        early_child_main(clone_flags, area, sync_pipe[0], err_pipe[1]);
        _exit(125);
    }
    close(sync_pipe[0]);
    close(err_pipe[1]);
    out->child.pid = (pid_t)pid;
    out->child.sync_fd = sync_pipe[1];
    out->child.error_fd = err_pipe[0];
    out->child.unsharing = early != 0;
    out->clone_flags = clone_flags;
    out->area = area;
    out->area_size = area_size;
    return 0;
}

int hull_early_complete(struct hull_early_child *early, const struct hull_spec *spec, struct hull_child *out) {
    if (early->child.pid <= 0 || early->child.unsharing || spec->clone_flags != early->clone_flags) return -EINVAL;
    struct early_area *a = early->area;
    if (collect_fds(a, spec) < 0) return -E2BIG;
    a->spec = hull_spec_copy(spec, (char *)early->area + sizeof *a, early->area_size - sizeof *a);
    if (!a->spec) return -E2BIG;
    if (hull_send_byte_fds(early->child.sync_fd, 's', a->fds, a->nfds) < 0) return -errno;
    *out = early->child;
    early->child.pid = 0;
    early->child.sync_fd = -1;
    early->child.error_fd = -1;
    return 0;
}

void hull_early_discard(struct hull_early_child *early) {
    if (early->child.pid > 0) {
        kill(early->child.pid, SIGKILL);
        hull_wait(early->child.pid);
        early->child.pid = 0;
    }
    if (early->child.sync_fd >= 0) close(early->child.sync_fd);
    if (early->child.error_fd >= 0) close(early->child.error_fd);
    early->child.sync_fd = -1;
    early->child.error_fd = -1;
}

// ------------------------------------------------------------ prestart --
// The early child of a rootless `hull run`, cloned by a constructor while
// hull is still small: cloned later, from a process whose Swift heap is
// in use, every page hull then writes is first copied (copy-on-write),
// which cost more than the id maps' wait saves. Here few pages are dirty
// and the child's early namespaces are made while Swift starts. The argv
// scan only predicts; hull checks the child against the real spec and
// replaces it when the guess was wrong.
static struct hull_early_child prestarted;

static int has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// Where the verb's own arguments start when the verb is `run` (also
// `container run`, after global options), else 0.
static int run_arguments(int argc, char **argv) {
    int i = 1;
    while (i < argc) {
        const char *a = argv[i];
        if (!strcmp(a, "--root") || !strcmp(a, "--runroot") || !strcmp(a, "--storage-opt")) i += 2;
        else if (has_prefix(a, "--root=") || has_prefix(a, "--runroot=") || has_prefix(a, "--storage-opt=") || !strcmp(a, "--noout")) i += 1;
        else break;
    }
    if (i < argc && !strcmp(argv[i], "container")) i++;
    return i < argc && !strcmp(argv[i], "run") ? i + 1 : 0;
}

// Whether the options keep hull from being the parent of a container in
// new user and network namespaces: detached or interactive (a monitor is
// its parent), the host's or a container's network, other user
// namespaces, help. Anything after the image counts too; a false
// "no" only costs the prestart.
static int run_is_other(int argc, char **argv, int from) {
    for (int i = from; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : "";
        if (!strcmp(a, "-d") || !strcmp(a, "--detach") || has_prefix(a, "--detach=") || !strcmp(a, "-i") ||
            !strcmp(a, "--interactive") || has_prefix(a, "--interactive=") || has_prefix(a, "--sig-proxy=") ||
            !strcmp(a, "--no-sig-proxy") || has_prefix(a, "--userns") || has_prefix(a, "--uidmap") ||
            has_prefix(a, "--gidmap") || !strcmp(a, "--help") || !strcmp(a, "-h"))
            return 1;
        if (!strcmp(a, "--network") || !strcmp(a, "--net")) {
            if (!strcmp(next, "host") || has_prefix(next, "container:")) return 1;
        }
        if (!strcmp(a, "--network=host") || !strcmp(a, "--net=host") || has_prefix(a, "--network=container:") ||
            has_prefix(a, "--net=container:"))
            return 1;
        // A cluster of short flags such as -it or -dit.
        if (a[0] == '-' && a[1] != '-' && a[1] && (strchr(a, 'd') || strchr(a, 'i'))) {
            int letters = 1;
            for (const char *c = a + 1; *c; c++) letters &= (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
            if (letters) return 1;
        }
    }
    return 0;
}

// Whether this process sits in (or below) a cgroup2 directory delegated
// to its user, where the container is then cloned into a cgroup of its
// own and an early child, which would have to be moved there, does not
// fit (see EarlyChild.matches). A lighter form of CgroupDelegation's
// check (cgroup.procs only, the usual mount points); hull decides for
// itself later either way.
static int in_delegated_cgroup(void) {
    char buf[4096];
    int fd = open("/proc/self/cgroup", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    char *own = strstr(buf, "0::/");
    if (!own || (own != buf && own[-1] != '\n')) return 0;
    own += 3;
    char *end = strchr(own, '\n');
    if (end) *end = 0;
    const char *mount = access("/sys/fs/cgroup/unified/cgroup.procs", F_OK) == 0 ? "/sys/fs/cgroup/unified" : "/sys/fs/cgroup";
    char path[PATH_MAX];
    for (;;) {
        int len = snprintf(path, sizeof path, "%s%s/cgroup.procs", mount, own);
        if (len > 0 && (size_t)len < sizeof path && access(path, W_OK) == 0) return 1;
        char *slash = strrchr(own, '/');
        if (!slash || slash == own) break;
        *slash = 0;
    }
    return 0;
}

int hull_prestart_fits(int argc, char **argv) {
    if (argc < 2 || !argv) return 0;
    int from = run_arguments(argc, argv);
    return from && !run_is_other(argc, argv, from);
}

__attribute__((constructor(101)))
static void prestart_rootless_run(int argc, char **argv, char **envp) {
    (void)envp;
    if (geteuid() == 0 || !hull_prestart_fits(argc, argv) || in_delegated_cgroup()) return;
    _Static_assert(HULL_PRESTART_CLONE_FLAGS ==
                   (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWUSER | CLONE_NEWNET),
                   "the prestart's namespaces");
    if (hull_spawn_early(HULL_PRESTART_CLONE_FLAGS, HULL_EARLY_AREA_SIZE, &prestarted) < 0) prestarted.child.pid = 0;
}

int hull_early_take_prestarted(struct hull_early_child *out) {
    if (prestarted.child.pid <= 0) return -ENOENT;
    *out = prestarted;
    memset(&prestarted, 0, sizeof prestarted);
    return 0;
}
