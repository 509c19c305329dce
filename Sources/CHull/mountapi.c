// The new mount API (open_tree, mount_setattr, fsopen/fsconfig/fsmount),
// which glibc 2.36 does not wrap. Used by the parent, never between clone
// and exec: it prepares detached mounts a container in a user namespace
// attaches, because that container can no longer reach host paths itself.
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/mount.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef OPEN_TREE_CLOEXEC
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif

int hull_open_tree(const char *path, int recursive) {
    unsigned int flags = OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | (recursive ? AT_RECURSIVE : 0);
    int fd = (int)syscall(SYS_open_tree, AT_FDCWD, path, flags);
    return fd < 0 ? -errno : fd;
}

int hull_idmapped_tree(const char *path, int userns_fd) {
    int fd = hull_open_tree(path, 0);
    if (fd < 0) return fd;
    struct mount_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.attr_set = MOUNT_ATTR_IDMAP;
    attr.userns_fd = (uint64_t)userns_fd;
    if (syscall(SYS_mount_setattr, fd, "", AT_EMPTY_PATH, &attr, sizeof attr) < 0) {
        int saved = errno;
        close(fd);
        return -saved;
    }
    return fd;
}

int hull_overlay_fsmount(const int *lower_fds, size_t nlower, const char *upper, const char *work,
                         int skip_sync, int *failed_step) {
    *failed_step = 0;
    int fs = (int)syscall(SYS_fsopen, "overlay", FSOPEN_CLOEXEC);
    if (fs < 0) return -errno;
    int rc = 0;
    // Layers by fd (Linux 6.13, "lowerdir+"): an idmapped layer is a
    // detached mount with no path anyone could name.
    for (size_t i = 0; i < nlower && rc == 0; i++) {
        *failed_step = 1;
        rc = (int)syscall(SYS_fsconfig, fs, FSCONFIG_SET_FD, "lowerdir+", NULL, lower_fds[i]);
    }
    if (rc == 0) {
        *failed_step = 2;
        rc = (int)syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "upperdir", upper, 0);
    }
    if (rc == 0) {
        *failed_step = 3;
        rc = (int)syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "workdir", work, 0);
    }
    if (rc == 0 && skip_sync) {
        *failed_step = 6;
        rc = (int)syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "volatile", NULL, 0);
    }
    if (rc == 0) {
        *failed_step = 4;
        rc = (int)syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
    }
    int mnt = -1;
    if (rc == 0) {
        *failed_step = 5;
        mnt = (int)syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC, 0);
        if (mnt < 0) rc = -1;
    }
    int saved = errno;
    close(fs);
    if (rc < 0) return -saved;
    *failed_step = 0;
    return mnt;
}
