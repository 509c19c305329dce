// CHull: the only code that runs between fork and exec.
//
// The engine (Swift) decides everything and hands the shim a flat, fully
// built description of the container process: no parsing, no allocation and
// no decisions happen in the child. The child reports failures as a step
// number plus errno over a CLOEXEC pipe; EOF on that pipe means execve worked.
#ifndef CHULL_H
#define CHULL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <linux/openat2.h>

// One ordered action in the child's mount namespace, before pivot_root.
enum hull_step_kind {
    HULL_STEP_MOUNT = 1,    // mount(source, target, fstype, flags, data)
    HULL_STEP_MKDIR = 2,    // mkdir -p target (inside the root)
    HULL_STEP_SYMLINK = 3,  // symlink(source, target) (inside the root)
    HULL_STEP_COPY_UP = 4,  // copy the tree at target (inside the root) into
                            // the empty host directory source (a new volume)
    HULL_STEP_ATTACH = 5,   // move_mount(source_fd) onto target: a detached
                            // mount the parent made (user namespaces)
};

// source_fd of an ATTACH step that takes the fd sent with the first "go".
#define HULL_FD_RECEIVED (-100)

struct hull_step {
    int kind;
    const char *source;
    const char *target;   // relative to the root when in_root, else absolute
    const char *fstype;
    const char *data;
    unsigned long flags;
    int in_root;          // resolve target with RESOLVE_IN_ROOT (no symlink escape)
    int target_is_file;   // create a file (not a directory) as a mount point
    int optional;         // a missing target is skipped (masked paths)
    const char *cwd;      // chdir here first (relative overlay lowerdirs)
    int source_fd;        // ATTACH: the detached mount (open_tree, fsmount)
    int source_in_root;   // bind source resolved inside the root, too
};

struct hull_spec {
    unsigned long clone_flags;      // CLONE_NEW* flags
    unsigned long unshare_flags;    // unshared once released: a cgroup
                                    // namespace rooted at the container's
                                    // cgroup, which the parent set up
    const char *rootfs;             // absolute path of the root to pivot into
    const struct hull_step *steps;
    size_t nsteps;
    const struct hull_step *late_steps;  // after pivot_root and the cgroup
    size_t nlate_steps;                  // namespace (the cgroup mounts)
    const char *hostname;           // NULL keeps the parent's
    int loopback_up;                // bring lo up in a new network namespace
    uid_t uid;
    gid_t gid;
    const gid_t *groups;
    size_t ngroups;
    const char *workdir;            // created inside the root if missing
    const char *const *argv;
    const char *const *envp;
    const char *const *path_dirs;   // PATH entries for a name without '/'
    size_t npath_dirs;
    int stdio[3];                   // fds for 0,1,2 in the child (-1: keep)
    int parent_death_signal;        // 0: none
    const int *join_fds;            // namespaces to setns() into first (exec)
    size_t njoin_fds;
    int create_workdir;             // mkdir -p the workdir (run), or not (exec)
    int console_socket;             // >= 0: make a pty inside the container,
                                    // send its master here (SCM_RIGHTS)
    unsigned short console_rows;    // the pty's first window size (0: unset),
    unsigned short console_cols;    // set before exec so the first read sees it
    int run_init;                   // stay as PID 1: reap zombies, forward
                                    // signals, exit as the command does
    int apply_capabilities;         // 0 keeps the caller's (tests)
    int setgroups_denied;           // a user namespace without setgroups(2)
    int fresh_mount_ns;             // once released, a mount namespace of its
                                    // own, copied from the one it was born in
                                    // (where a FUSE root's daemon stays)
    int cgroup_fd_set;              // clone3 with CLONE_INTO_CGROUP: the child
    int cgroup_fd;                  // starts in this cgroup2 directory
    const int *cgroup_task_fds;     // cgroup v1 "tasks" files: the child
    size_t ncgroup_task_fds;        // writes "0" (itself) into each first
    uint64_t cap_bounding;
    uint64_t cap_effective;         // also permitted
    int cap_last;                   // highest capability the kernel knows
    int no_new_privs;
    const int *rlimit_resources;    // setrlimit(resources[i], {soft[i], hard[i]})
    const uint64_t *rlimit_soft;
    const uint64_t *rlimit_hard;
    size_t nrlimits;
    const void *seccomp_filter;     // struct sock_filter[], NULL: none
    size_t seccomp_filter_len;      // in bytes, a multiple of 8
    const char *const *root_owned;  // host files given to the new user
    size_t nroot_owned;             // namespace's root (0:0) once the child
                                    // is that root, before any mount
};

// Steps the child can fail in; the Swift side names them.
enum hull_child_step {
    HULL_CHILD_SYNC = 1,
    HULL_CHILD_MOUNT_PRIVATE,
    HULL_CHILD_STEP,          // detail: index of the failing step
    HULL_CHILD_PIVOT,
    HULL_CHILD_HOSTNAME,
    HULL_CHILD_LOOPBACK,
    HULL_CHILD_SETGROUPS,
    HULL_CHILD_SETGID,
    HULL_CHILD_SETUID,
    HULL_CHILD_WORKDIR,
    HULL_CHILD_STDIO,
    HULL_CHILD_PDEATHSIG,
    HULL_CHILD_EXEC,
    HULL_CHILD_JOIN,          // detail: index of the namespace fd
    HULL_CHILD_CONSOLE,
    HULL_CHILD_CAPABILITIES,
    HULL_CHILD_NO_NEW_PRIVS,
    HULL_CHILD_SECCOMP,
    HULL_CHILD_UNSHARE,
    HULL_CHILD_RLIMIT,        // detail: index of the limit
    HULL_CHILD_USERNS,        // becoming root of the new user namespace
    HULL_CHILD_LATE_STEP,     // detail: index of the failing late step
    HULL_CHILD_CGROUP,        // detail: index of the tasks fd
};

struct hull_child_error {
    int32_t step;
    int32_t err;
    int32_t detail;
};

struct hull_child {
    pid_t pid;
    int sync_fd;    // one byte lets the child make its mounts, a second one exec
    int error_fd;   // read struct hull_child_error, or EOF after exec
    int proceeded;
    int in_cgroup;  // started in spec->cgroup_fd's cgroup (CLONE_INTO_CGROUP)
    int unsharing;  // the child makes some namespaces itself; it says when
                    // they exist (hull_wait_unshared)
};

// Clones the child with spec->clone_flags. Returns 0 or -errno.
// The child waits on sync_fd before doing anything, so the parent can place
// it in cgroups and networks first.
int hull_spawn(const struct hull_spec *spec, struct hull_child *out);

// In a child about to exec: every signal back to its default disposition
// and none blocked (SIG_IGN survives execve; the Swift runtime ignores
// SIGPIPE, which no program hull starts may inherit).
void hull_reset_signals(void);

// Lets the child make its root (mounts, pivot) while the parent sets up
// its cgroup; it then waits for hull_release before the rest.
void hull_proceed(struct hull_child *child);

// With a new user namespace, the child makes its network, IPC and UTS
// namespaces itself right after clone, while the parent writes its id
// maps (newuidmap/newgidmap take about a millisecond each; a network
// namespace about as long). Waits until they exist, so the parent may
// then join them (/proc/PID/ns/net). Returns 0, 1 with *err filled when
// the child failed, or -errno. Without early namespaces: 0 at once.
int hull_wait_unshared(struct hull_child *child, struct hull_child_error *err);

// hull_proceed, sending fd (a detached root mount) with the "go" byte.
// Returns 0 or -errno.
int hull_proceed_fd(struct hull_child *child, int fd);

// Lets the child finish and exec, and waits for it to exec or fail.
// Returns 0 when exec happened, 1 with *err filled on a child failure,
// -errno when the pipes misbehave.
int hull_release(struct hull_child *child, struct hull_child_error *err);

// A child cloned before its spec exists: a rootless run clones it first,
// so that its id maps are written (newuidmap, newgidmap) while hull builds
// the spec. It makes its early namespaces (hull_wait_unshared on `child`
// says when) and then waits for hull_early_complete.
struct hull_early_child {
    struct hull_child child;
    unsigned long clone_flags;
    void *area;             // shared with the child (MAP_SHARED): the spec
    size_t area_size;       // is copied here; the caller munmaps it once
                            // the child has exec'd or is gone
};

// Clones the child with clone_flags, reserving area_size bytes for its
// spec. Returns 0 or -errno.
int hull_spawn_early(unsigned long clone_flags, size_t area_size, struct hull_early_child *out);

// Hands the child its spec (whose clone_flags must be the early child's)
// and the descriptors it names; *out is then a child as hull_spawn makes
// it. Call after hull_wait_unshared on early->child. Returns 0, -E2BIG
// when the spec does not fit the area, or -errno; on failure the early
// child is still the caller's to discard.
int hull_early_complete(struct hull_early_child *early, const struct hull_spec *spec, struct hull_child *out);

// Kills and reaps a child not completed, and closes its pipes.
void hull_early_discard(struct hull_early_child *early);

// Room reserved for the spec's copy; only the pages it fills are ever
// allocated.
#define HULL_EARLY_AREA_SIZE ((size_t)4 << 20)

// The namespaces the constructor clones a rootless run's child with: the
// ones every container gets, a user namespace and a network namespace
// (HullEngine's EarlyContainerChild expects the same; a test keeps them equal).
#define HULL_PRESTART_CLONE_FLAGS 0x7C020000UL  // NEWNS|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET

// Whether a command line is a `run` whose container hull itself would
// start in new user and network namespaces (the constructor's guess).
int hull_prestart_fits(int argc, char **argv);

// The early child a constructor cloned for a rootless `hull run`, moved
// to *out once. Returns 0, or -ENOENT when there is none.
int hull_early_take_prestarted(struct hull_early_child *out);

// Forwards the signals a user sends on purpose (INT, TERM, HUP, QUIT,
// USR1, USR2, ALRM, PWR, VTALRM, PROF, XCPU, XFSZ, real-time) to pid.
void hull_forward_signals(pid_t pid);

// waitpid that retries on EINTR; returns the wait status or -errno.
int hull_wait(pid_t pid);
// The exit code (128+N after signal N) of a child that has ended, or
// -errno; waits for it to end but leaves it unreaped (WNOWAIT), so its
// status stays with the kernel until hull_wait.
int hull_peek_exit(pid_t pid);

// Starts a detached helper (hull's own binary re-executed): a new session,
// stdin/stdout/stderr on /dev/null, report_fd as its fd 3, extra_fd (when
// not -1) as its fd 4, no other fds. Returns the pid or -errno.
pid_t hull_spawn_detached(const char *path, const char *const *argv, const char *const *envp, int report_fd, int extra_fd);

// unshare(CLONE_FS): gives the calling thread its own working directory
// and umask, so threads that chdir (libarchive extracts relative to the
// cwd) do not move each other. Returns 0 or -errno.
int hull_unshare_fs(void);

// pipe2(fds, O_CLOEXEC); glibc declares pipe2 only for _GNU_SOURCE.
int hull_pipe_cloexec(int fds[2]);

// unshare(2); glibc declares it only for _GNU_SOURCE.
int hull_unshare(int flags);

// setns(2); glibc declares it only for _GNU_SOURCE.
int hull_setns(int fd, int nstype);

// Receives one fd sent with SCM_RIGHTS; returns it or -errno.
int hull_recv_fd(int sock);

// A pipe that becomes readable on SIGWINCH (self-pipe); returns its read end.
int hull_winch_pipe(void);

// Drops this process's resident copies of executable file pages (they
// come back from the page cache on use). The monitor, a copy of the whole
// hull binary, needs only a few of them while it waits.
void hull_release_text_pages(void);

// The attach protocol on the monitor's SOCK_SEQPACKET socket: one message
// per packet, its first byte saying what it is.
enum hull_attach_kind {
    HULL_ATTACH_STDOUT = 1,       // monitor -> client: output bytes
    HULL_ATTACH_STDERR = 2,
    HULL_ATTACH_EXIT = 3,         // monitor -> client: int32 exit code, then EOF
    HULL_ATTACH_INPUT = 4,        // client -> monitor: bytes for the container's stdin
    HULL_ATTACH_CLOSE_STDIN = 5,  // client -> monitor: its stdin ended
    HULL_ATTACH_RESIZE = 6,       // client -> monitor: uint16 rows, uint16 cols
};

struct hull_pump {
    const int *fds;                 // output streams (pipes or a pty master); closed at the end
    const char *const *streams;     // "stdout" or "stderr" for each
    size_t count;
    const char *log_path;           // k8s-file log, NULL: none
    int64_t max_size;               // rotate to log_path.1 past this (0: never)
    int listen_fd;                  // attach socket to accept clients on, -1: none
    int client_fd;                  // a client already connected, -1: none
    int stdin_fd;                   // the container's stdin (pipe or pty master), -1: none; closed at the end
    int tty_fd;                     // the pty master, for window sizes, -1: none
    int release_pages;              // hull_release_text_pages() before waiting
    const int *mirror_fds;          // per stream, also copy the output here (a
                                    // foreground run's own stdout/stderr); NULL: none
    // Called when tick_ms have passed (the monitor's healthchecks); returns
    // the milliseconds until it is due again, -1 for never. NULL: no timer.
    int32_t (*tick)(void *context);
    void *tick_context;
    int32_t tick_ms;
};

// Copies the output streams into a k8s-file log ("<RFC3339Nano>
// stdout|stderr F|P <text>") and to attached clients, and clients' input
// to stdin_fd, until every output stream is closed. Clients stay attached
// for hull_attach_finish.
void hull_monitor_pump(const struct hull_pump *pump);

// A container's k8s-file log, for a writer other than the pump (a
// foreground run -t relaying its pty itself).
struct hull_log {
    const char *path;
    int64_t max_size;  // rotate to path.1 past this (0: never)
    int fd;            // -1 until opened
    int64_t written;
};
void hull_log_open(struct hull_log *log);
// Writes data as lines of the stream ("stdout" or "stderr"); P marks an unfinished one.
void hull_log_write(struct hull_log *log, const char *stream, const char *data, size_t len);
void hull_log_close(struct hull_log *log);

// Sends the exit code to every attached client and hangs up on them.
void hull_attach_finish(int32_t exit_code);

// A listening attach socket named "attach" in dir; returns it or -errno.
int hull_attach_listen(const char *dir);

// Connects to the attach socket in dir; returns the socket or -errno.
int hull_attach_connect(const char *dir);

// openat2(2), which glibc does not wrap: dirfd-relative open with
// RESOLVE_* flags, used to keep layer writes beneath the layer directory.
int hull_openat2(int dirfd, const char *path, int flags, unsigned long long resolve);

// Child only (async-signal-safe): copies the directory behind the O_PATH fd
// src_path_fd into volume_dir when that is empty, keeping owners, modes and
// times, never following a symlink. A source that is no directory copies
// nothing. Returns 0 or -1 with errno set.
int hull_copy_up(int src_path_fd, const char *volume_dir, int volume_dir_fd);

// A range of owners rewritten by hull_idcopy_tree: `from`... becomes `to`...
struct hull_idmap_range { uint32_t from, to, count; };

struct hull_idcopy {
    const struct hull_idmap_range *uids;
    size_t nuids;
    const struct hull_idmap_range *gids;
    size_t ngids;
    // Out: where a copy failed, and an owner no range maps (EOVERFLOW).
    char failed_path[4096];
    uint32_t unmapped_id;
    int unmapped_is_gid;
};

// Copies the tree src to dst (created, must not exist) with every owner
// rewritten through the ranges; keeps modes, times, hard links, xattrs,
// whiteouts; never follows a symlink. Returns 0 or -errno.
int hull_idcopy_tree(const char *src, const char *dst, struct hull_idcopy *out);

// rtnetlink (netlink.c). Each returns >= 0 or -errno. Addresses are in
// network byte order.
int hull_nl_open(int netns_fd);  // a NETLINK_ROUTE socket in that netns (-1: this one)
int hull_nl_link_index(int fd, const char *name);
int hull_nl_create_bridge(int fd, const char *name, unsigned int mtu);
int hull_nl_create_veth(int fd, const char *host_name, const char *peer_name, int peer_netns_fd,
                        unsigned int mtu, int master_index, const unsigned char *peer_mac);
int hull_nl_set_up(int fd, int index);
int hull_nl_delete_link(int fd, const char *name);
int hull_nl_add_address(int fd, int index, uint32_t addr_be, int prefix);
int hull_nl_add_default_route(int fd, int index, uint32_t gateway_be);
// The primary IPv4 address and netmask of a link in hull's namespace
// (SIOCGIFADDR): 0, -ENODEV without the link, -EADDRNOTAVAIL without one.
int hull_if_ipv4(const char *name, uint32_t *addr_be, uint32_t *mask_be);
// Writes a /proc/sys file as seen from the network namespace netns_fd.
int hull_netns_sysctl(int netns_fd, const char *path, const char *value);

// libnftables, loaded with dlopen on first use (nft.c): only commands that
// change firewall rules pay for it. Returns 0, 1 with the library's error
// text in err, or -1 when the library cannot be loaded (text in err).
int hull_nft_run(const char *commands, char *err, size_t errlen);

// open_tree(OPEN_TREE_CLONE): a detached copy of the mount at path
// (with its submounts when recursive). Returns the fd or -errno.
int hull_open_tree(const char *path, int recursive);

// A detached copy of path whose file owners are shifted through
// userns_fd's id maps (mount_setattr MOUNT_ATTR_IDMAP). fd or -errno.
int hull_idmapped_tree(const char *path, int userns_fd);

// An overlay from layer fds (topmost first) and upper/work paths, as a
// detached mount (fsopen/fsconfig/fsmount). Returns the fd or -errno;
// skip_sync: the "volatile" option (no fsync or syncfs of the upper dir).
// *failed_step says which call failed (1 lower, 2 upper, 3 work, 4 create,
// 5 mount, 6 volatile).
int hull_overlay_fsmount(const int *lower_fds, size_t nlower, const char *upper, const char *work,
                         int skip_sync, int *failed_step);

// nshelper.c. Starts path joined to the user and mount namespaces userns_fd
// and mntns_fd (-1: stay), with no fds but 0-2: a daemon (output_fd >= 0)
// in a session of its own, stdin on /dev/null, stdout and stderr on
// output_fd; else in the caller's session with its stdio. Returns the pid
// once it has exec'd, or -errno (of setns or execve).
pid_t hull_spawn_in_namespaces(const char *path, const char *const *argv, const char *const *envp,
                               int userns_fd, int mntns_fd, int output_fd);

// Whether an unprivileged user may mount overlay (with these options) on
// target inside a user namespace of its own: 0, or -errno of the step
// that failed. The mount dies with the probing process.
int hull_probe_userns_overlay(const char *options, const char *target);

// monitor_keeper.c. A container's monitor (`hull ... container-monitor ID`)
// is forked from its keeper, a subreaper that inherits the container when
// the monitor dies. In the monitor: the socket to the keeper and its pid
// (-1 and 0 when there is none). Messages: 'S' int64 max log size, log
// path with the output stream fds; 'P' int32 container pid, exit file path
// (both paths NUL-terminated); 'D' when the exit is recorded.
// The hidden verbs of both (the keeper recognizes the one, execs the other).
const char *hull_monitor_verb(void);
const char *hull_cleanup_verb(void);
int hull_keeper_fd(void);
pid_t hull_keeper_pid(void);
// One message with up to 2 descriptors; 0, or -1 with errno set.
int hull_keeper_send(int sock, const void *data, size_t len, const int *fds, size_t nfds);

#endif
