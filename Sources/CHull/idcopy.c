// A layer copied with its owners shifted, for --userns=keep-id: the image's
// files must show the same owners in a user namespace whose maps differ
// from the store's, and the kernel allows no idmapped mount of a host file
// system to an unprivileged user. So the layer is copied once per mapping,
// each owner rewritten (Podman's "storage chown", done in one pass).
//
// Runs in hull's helper process inside the user's namespace (an ordinary,
// single-threaded process, not between fork and exec). The source is a
// stored layer: every name is opened relative to its directory with
// O_NOFOLLOW, symlinks are copied as symlinks and never followed.
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#define IDCOPY_MAX_DEPTH 256

struct link_slot { dev_t dev; ino_t ino; char *path; };

struct idcopy {
    struct hull_idcopy *out;
    int dst_root;
    char path[4096];  // relative path of the entry being copied
    struct link_slot *links;
    size_t nlinks, cap;
    char *buf;
};

static int map_id(const struct hull_idmap_range *r, size_t n, uint32_t id, uint32_t *mapped) {
    for (size_t i = 0; i < n; i++) {
        if (id >= r[i].from && (uint64_t)id < (uint64_t)r[i].from + r[i].count) {
            *mapped = r[i].to + (id - r[i].from);
            return 0;
        }
    }
    return -1;
}

static int fail(struct idcopy *c, int err) {
    memcpy(c->out->failed_path, c->path, sizeof c->path);
    return -err;
}

// Owner, then mode (chown clears set-id bits), xattrs, then times.
static int finish(struct idcopy *c, int dir, const char *name, int fd, const struct stat *st) {
    uint32_t uid, gid;
    if (map_id(c->out->uids, c->out->nuids, st->st_uid, &uid) < 0) {
        c->out->unmapped_id = st->st_uid; c->out->unmapped_is_gid = 0;
        return fail(c, EOVERFLOW);
    }
    if (map_id(c->out->gids, c->out->ngids, st->st_gid, &gid) < 0) {
        c->out->unmapped_id = st->st_gid; c->out->unmapped_is_gid = 1;
        return fail(c, EOVERFLOW);
    }
    if (fd >= 0) {
        if (fchown(fd, uid, gid) < 0 || fchmod(fd, st->st_mode & 07777) < 0) return fail(c, errno);
        return 0;
    }
    if (fchownat(dir, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0) return fail(c, errno);
    if (S_ISLNK(st->st_mode)) {
        struct timespec times[2] = { st->st_atim, st->st_mtim };
        return utimensat(dir, name, times, AT_SYMLINK_NOFOLLOW) < 0 ? fail(c, errno) : 0;
    }
    if (fchmodat(dir, name, st->st_mode & 07777, 0) < 0) return fail(c, errno);
    return 0;
}

static int copy_xattrs(struct idcopy *c, int in, int out) {
    char names[8192];
    ssize_t n = flistxattr(in, names, sizeof names);
    if (n < 0) return (errno == ENOTSUP || errno == EPERM) ? 0 : fail(c, errno);
    for (ssize_t off = 0; off < n; off += (ssize_t)strlen(names + off) + 1) {
        char value[65536];
        ssize_t v = fgetxattr(in, names + off, value, sizeof value);
        if (v < 0) continue;
        // security.* and trusted.* may be out of reach here; user.* (the
        // rootless overlay's whiteout and opaque marks) never is.
        if (fsetxattr(out, names + off, value, (size_t)v, 0) < 0 && strncmp(names + off, "user.", 5) == 0)
            return fail(c, errno);
    }
    return 0;
}

static int set_times(struct idcopy *c, int fd, const struct stat *st) {
    struct timespec times[2] = { st->st_atim, st->st_mtim };
    return futimens(fd, times) < 0 ? fail(c, errno) : 0;
}

static int copy_data(struct idcopy *c, int in, int out, off_t size) {
    // A reflink where the file system has them (btrfs, xfs): no data copied.
    if (ioctl(out, FICLONE, in) == 0) return 0;
    off_t left = size;
    while (left > 0) {
        ssize_t n = copy_file_range(in, NULL, out, NULL, (size_t)left, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        left -= n;
    }
    if (left == 0) return 0;
    // Fallback: plain reads and writes from where copy_file_range stopped.
    if (lseek(in, size - left, SEEK_SET) < 0 || lseek(out, size - left, SEEK_SET) < 0) return fail(c, errno);
    for (;;) {
        ssize_t n = read(in, c->buf, 1 << 16);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(c, errno);
        if (n == 0) return 0;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(out, c->buf + done, (size_t)(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) return fail(c, errno);
            done += w;
        }
    }
}

static struct link_slot *find_link(struct idcopy *c, const struct stat *st) {
    for (size_t i = 0; i < c->nlinks; i++) {
        if (c->links[i].dev == st->st_dev && c->links[i].ino == st->st_ino) return &c->links[i];
    }
    return NULL;
}

static int remember_link(struct idcopy *c, const struct stat *st) {
    if (c->nlinks == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        struct link_slot *grown = realloc(c->links, cap * sizeof *grown);
        if (!grown) return fail(c, ENOMEM);
        c->links = grown;
        c->cap = cap;
    }
    char *path = strdup(c->path);
    if (!path) return fail(c, ENOMEM);
    c->links[c->nlinks++] = (struct link_slot){ st->st_dev, st->st_ino, path };
    return 0;
}

static int copy_tree(struct idcopy *c, int src, int dst, int depth);

static int copy_entry(struct idcopy *c, int src, int dst, const char *name, int depth) {
    struct stat st;
    if (fstatat(src, name, &st, AT_SYMLINK_NOFOLLOW) < 0) return fail(c, errno);
    switch (st.st_mode & S_IFMT) {
    case S_IFREG: {
        if (st.st_nlink > 1) {
            struct link_slot *seen = find_link(c, &st);
            // Another name of a file already copied: the same link here.
            if (seen) return linkat(c->dst_root, seen->path, dst, name, 0) < 0 ? fail(c, errno) : 0;
            int rc = remember_link(c, &st);
            if (rc < 0) return rc;
        }
        int in = openat(src, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (in < 0) return fail(c, errno);
        int out = openat(dst, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (out < 0) { int e = errno; close(in); return fail(c, e); }
        int rc = copy_data(c, in, out, st.st_size);
        if (rc == 0) rc = copy_xattrs(c, in, out);
        if (rc == 0) rc = finish(c, dst, name, out, &st);
        if (rc == 0) rc = set_times(c, out, &st);
        close(in);
        close(out);
        return rc;
    }
    case S_IFDIR: {
        if (mkdirat(dst, name, 0700) < 0) return fail(c, errno);
        int sub_src = openat(src, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub_src < 0) return fail(c, errno);
        int sub_dst = openat(dst, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub_dst < 0) { int e = errno; close(sub_src); return fail(c, e); }
        int rc = copy_tree(c, sub_src, sub_dst, depth + 1);
        if (rc == 0) rc = copy_xattrs(c, sub_src, sub_dst);
        if (rc == 0) rc = finish(c, dst, name, sub_dst, &st);
        if (rc == 0) rc = set_times(c, sub_dst, &st);
        close(sub_src);
        close(sub_dst);
        return rc;
    }
    case S_IFLNK: {
        char target[4096];
        ssize_t n = readlinkat(src, name, target, sizeof target - 1);
        if (n < 0) return fail(c, errno);
        target[n] = '\0';
        if (symlinkat(target, dst, name) < 0) return fail(c, errno);
        return finish(c, dst, name, -1, &st);
    }
    default: {  // whiteouts (0/0 character devices), fifos, sockets
        if (mknodat(dst, name, st.st_mode, st.st_rdev) < 0) return fail(c, errno);
        int rc = finish(c, dst, name, -1, &st);
        if (rc == 0) {
            struct timespec times[2] = { st.st_atim, st.st_mtim };
            if (utimensat(dst, name, times, AT_SYMLINK_NOFOLLOW) < 0) rc = fail(c, errno);
        }
        return rc;
    }
    }
}

static int copy_tree(struct idcopy *c, int src, int dst, int depth) {
    if (depth > IDCOPY_MAX_DEPTH) return fail(c, ELOOP);
    char buf[4096] __attribute__((aligned(8)));
    size_t base = strlen(c->path);
    for (;;) {
        long n = syscall(SYS_getdents64, src, buf, sizeof buf);
        if (n < 0) return fail(c, errno);
        if (n == 0) break;
        for (long off = 0; off < n;) {
            struct { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; } *d = (void *)(buf + off);
            off += d->reclen;
            if (d->name[0] == '.' && (d->name[1] == '\0' || (d->name[1] == '.' && d->name[2] == '\0'))) continue;
            size_t len = strlen(d->name);
            if (base + 1 + len >= sizeof c->path) return fail(c, ENAMETOOLONG);
            if (base) c->path[base] = '/';
            memcpy(c->path + base + (base ? 1 : 0), d->name, len + 1);
            int rc = copy_entry(c, src, dst, d->name, depth);
            c->path[base] = '\0';
            if (rc < 0) return rc;
        }
    }
    return 0;
}

int hull_idcopy_tree(const char *src_path, const char *dst_path, struct hull_idcopy *out) {
    struct idcopy c;
    memset(&c, 0, sizeof c);
    c.out = out;
    out->failed_path[0] = '\0';
    c.buf = malloc(1 << 16);
    if (!c.buf) return -ENOMEM;
    int rc = 0;
    int src = open(src_path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (src < 0) { rc = -errno; goto done; }
    if (mkdir(dst_path, 0700) < 0) { rc = -errno; close(src); goto done; }
    c.dst_root = open(dst_path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (c.dst_root < 0) { rc = -errno; close(src); goto done; }
    rc = copy_tree(&c, src, c.dst_root, 0);
    struct stat st;
    if (rc == 0 && fstat(src, &st) < 0) rc = -errno;
    if (rc == 0) rc = copy_xattrs(&c, src, c.dst_root);
    if (rc == 0) rc = finish(&c, -1, NULL, c.dst_root, &st);
    if (rc == 0) rc = set_times(&c, c.dst_root, &st);
    close(src);
    close(c.dst_root);
done:
    for (size_t i = 0; i < c.nlinks; i++) free(c.links[i].path);
    free(c.links);
    free(c.buf);
    return rc;
}
