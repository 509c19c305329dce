// Copy-up: the image's content at a volume's mount point is copied into the
// new, empty volume before it is mounted there (as Docker and Podman do).
//
// Runs in the container's child between clone and exec, so only
// async-signal-safe calls: no malloc, no stdio. The source tree is the
// image's, i.e. untrusted: every name is opened relative to its directory
// with O_NOFOLLOW, symlinks are copied as symlinks and never followed.
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// Deep enough for any real image; each level holds a small buffer on the stack.
#define COPY_MAX_DEPTH 128

struct raw_dirent64 {
    uint64_t ino;
    int64_t off;
    unsigned short reclen;
    unsigned char type;
    char name[];
};

// The child is single-threaded: one static buffer serves every file.
static char copy_buf[65536];

static int copy_owner_mode_times(int fd, const struct stat *st) {
    // Owner before mode: chown clears the set-id bits.
    if (fchown(fd, st->st_uid, st->st_gid) < 0) return -1;
    if (fchmod(fd, st->st_mode & 07777) < 0) return -1;
    struct timespec times[2] = { st->st_atim, st->st_mtim };
    return futimens(fd, times);
}

static int copy_file(int src_dir, int dst_dir, const char *name, const struct stat *st) {
    int in = openat(src_dir, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0) return -1;
    int out = openat(dst_dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0) { int e = errno; close(in); errno = e; return -1; }
    int rc = 0;
    for (;;) {
        ssize_t n = read(in, copy_buf, sizeof copy_buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { rc = -1; break; }
        if (n == 0) break;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(out, copy_buf + done, (size_t)(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) { rc = -1; break; }
            done += w;
        }
        if (rc < 0) break;
    }
    if (rc == 0) rc = copy_owner_mode_times(out, st);
    int e = errno;
    close(in);
    close(out);
    errno = e;
    return rc;
}

static int copy_tree(int src, int dst, int depth);

static int copy_entry(int src, int dst, const char *name, int depth) {
    struct stat st;
    if (fstatat(src, name, &st, AT_SYMLINK_NOFOLLOW) < 0) return -1;
    switch (st.st_mode & S_IFMT) {
    case S_IFREG:
        return copy_file(src, dst, name, &st);
    case S_IFDIR: {
        if (mkdirat(dst, name, 0700) < 0) return -1;
        int sub_src = openat(src, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub_src < 0) return -1;
        int sub_dst = openat(dst, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub_dst < 0) { int e = errno; close(sub_src); errno = e; return -1; }
        int rc = copy_tree(sub_src, sub_dst, depth + 1);
        if (rc == 0) rc = copy_owner_mode_times(sub_dst, &st);
        int e = errno;
        close(sub_src);
        close(sub_dst);
        errno = e;
        return rc;
    }
    case S_IFLNK: {
        char target[4096];
        ssize_t n = readlinkat(src, name, target, sizeof target - 1);
        if (n < 0) return -1;
        target[n] = '\0';
        if (symlinkat(target, dst, name) < 0) return -1;
        if (fchownat(dst, name, st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0) return -1;
        struct timespec times[2] = { st.st_atim, st.st_mtim };
        return utimensat(dst, name, times, AT_SYMLINK_NOFOLLOW);
    }
    default:  // devices, fifos, sockets
        if (mknodat(dst, name, st.st_mode, st.st_rdev) < 0) return -1;
        if (fchownat(dst, name, st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0) return -1;
        return fchmodat(dst, name, st.st_mode & 07777, 0);
    }
}

static int copy_tree(int src, int dst, int depth) {
    if (depth > COPY_MAX_DEPTH) { errno = ELOOP; return -1; }
    char buf[2048] __attribute__((aligned(8)));
    for (;;) {
        long n = syscall(SYS_getdents64, src, buf, sizeof buf);
        if (n < 0) return -1;
        if (n == 0) return 0;
        for (long off = 0; off < n;) {
            struct raw_dirent64 *d = (struct raw_dirent64 *)(buf + off);
            off += d->reclen;
            if (d->name[0] == '.' && (d->name[1] == '\0' || (d->name[1] == '.' && d->name[2] == '\0'))) continue;
            if (copy_entry(src, dst, d->name, depth) < 0) return -1;
        }
    }
}

static int is_empty_dir(int fd) {
    char buf[512] __attribute__((aligned(8)));
    int dup_fd = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dup_fd < 0) return -1;
    int empty = 1;
    long n;
    while (empty && (n = syscall(SYS_getdents64, dup_fd, buf, sizeof buf)) > 0) {
        for (long off = 0; off < n;) {
            struct raw_dirent64 *d = (struct raw_dirent64 *)(buf + off);
            off += d->reclen;
            if (!(d->name[0] == '.' && (d->name[1] == '\0' || (d->name[1] == '.' && d->name[2] == '\0')))) empty = 0;
        }
    }
    close(dup_fd);
    return empty;
}

int hull_copy_up(int src_path_fd, const char *volume_dir, int volume_dir_fd) {
    // src_path_fd is an O_PATH fd from RESOLVE_IN_ROOT; reopening "." through
    // it gives a readable directory without resolving any name again.
    int src = openat(src_path_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (src < 0) return errno == ENOTDIR ? 0 : -1;  // a file there: nothing to copy
    // A directory fd the parent opened (a child in a user namespace cannot
    // walk the store's 0700 directories), or the path.
    int dst = volume_dir_fd >= 0 ? openat(volume_dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                                 : open(volume_dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dst < 0) { int e = errno; close(src); errno = e; return -1; }
    int rc = 0;
    // Only into an empty volume: data someone put there wins over the image's.
    int empty = is_empty_dir(dst);
    if (empty < 0) rc = -1;
    else if (empty) {
        struct stat st;
        rc = fstat(src, &st);
        if (rc == 0) rc = copy_tree(src, dst, 0);
        // The volume's root takes the owner and mode of the image's directory.
        if (rc == 0) rc = copy_owner_mode_times(dst, &st);
    }
    int e = errno;
    close(src);
    close(dst);
    errno = e;
    return rc;
}
