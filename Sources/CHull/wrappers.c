// Thin wrappers for calls Swift cannot make directly (variadic syscall()).
#include "chull.h"
#include "spawn_child.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>

int hull_openat2(int dirfd, const char *path, int flags, unsigned long long resolve) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (unsigned long long)(flags | O_CLOEXEC);
    how.resolve = resolve;
    return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof how);
}

int hull_setns(int fd, int nstype) {
    return setns(fd, nstype);
}

int hull_unshare_fs(void) {
    return unshare(CLONE_FS) == 0 ? 0 : -errno;
}

int hull_pipe_cloexec(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

int hull_recv_fd(int sock) {
    char byte;
    int fd;
    size_t n;
    ssize_t got = hull_recv_byte_fds(sock, &byte, &fd, 1, &n);
    if (got < 0) return -errno;
    if (got == 0) return -ECONNRESET;
    return n == 1 ? fd : -EPROTO;
}

static int winch_write_end = -1;

static void on_winch(int sig) {
    (void)sig;
    int saved = errno;
    char c = 'w';
    ssize_t unused = write(winch_write_end, &c, 1);
    (void)unused;
    errno = saved;
}

int hull_winch_pipe(void) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) < 0) return -errno;
    winch_write_end = fds[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_winch;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGWINCH, &sa, NULL);
    return fds[0];
}

// In a writable private mapping of a file, the pages never written are
// still the file's (pagemap's "file page" bit): they can go too. Written
// (copied) pages are the process's own data and stay.
static void release_file_pages(unsigned long start, unsigned long end) {
    int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (pagemap < 0) return;
    const unsigned long page = 4096;
    unsigned long run = 0;
    for (unsigned long at = start; at <= end; at += page) {
        uint64_t entry = 0;
        int file_page = at < end && pread(pagemap, &entry, sizeof entry, (off_t)(at / page * sizeof entry)) == sizeof entry &&
                        (entry >> 63 & 1) && (entry >> 61 & 1);
        if (file_page) {
            if (!run) run = at;
            continue;
        }
        if (run) madvise((void *)run, at - run, MADV_DONTNEED);
        run = 0;
    }
    close(pagemap);
}

void hull_release_text_pages(void) {
    FILE *smaps = fopen("/proc/self/smaps", "re");
    if (!smaps) return;
    char line[512];
    unsigned long start = 0, end = 0;
    int candidate = 0, writable = 0;
    while (fgets(line, sizeof line, smaps)) {
        unsigned long s, e;
        char perms[5];
        if (sscanf(line, "%lx-%lx %4s", &s, &e, perms) == 3 && strchr(line, ' ') < strchr(line, '\n')) {
            // A mapping's header line: read-only or executable file pages.
            start = s;
            end = e;
            candidate = (strcmp(perms, "r-xp") == 0 || strcmp(perms, "r--p") == 0) && strchr(line, '/') != NULL;
            writable = strcmp(perms, "rw-p") == 0 && strchr(line, '/') != NULL;
            continue;
        }
        // Only mappings without copied-on-write pages (not relocated data,
        // RELRO): everything in them comes back unchanged from the file.
        unsigned long kb;
        if ((candidate || writable) && sscanf(line, "Anonymous: %lu kB", &kb) == 1) {
            // MADV_RANDOM turns off fault-around, which would otherwise
            // map 64 KiB of neighbours back in on every later fault.
            if (candidate && kb == 0) {
                madvise((void *)start, end - start, MADV_RANDOM);
                madvise((void *)start, end - start, MADV_DONTNEED);
            } else if (writable) {
                madvise((void *)start, end - start, MADV_RANDOM);
                release_file_pages(start, end);
            }
            candidate = writable = 0;
        }
    }
    fclose(smaps);
}

int hull_unshare(int flags) {
    return unshare(flags);
}
