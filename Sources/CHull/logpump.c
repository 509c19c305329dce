// The monitor's steady state: copy a container's output into its k8s-file
// log until every stream closes. In C so that a monitor waiting for days
// touches only these few pages (with hull_release_text_pages, a monitor
// stays near 2 MB resident).
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LOG_CHUNK 65536

struct log_file {
    const char *path;
    int64_t max_size;
    int fd;
    int64_t written;
};

static void log_open(struct log_file *log) {
    log->fd = open(log->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    struct stat st;
    log->written = (log->fd >= 0 && fstat(log->fd, &st) == 0) ? (int64_t)st.st_size : 0;
}

// One rotated file is kept: path.1.
static void log_rotate_if_needed(struct log_file *log) {
    if (log->max_size <= 0 || log->written < log->max_size) return;
    char old[4096];
    if (snprintf(old, sizeof old, "%s.1", log->path) >= (int)sizeof old) return;
    rename(log->path, old);
    if (log->fd >= 0) close(log->fd);
    log_open(log);
}

static void write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        buf += n;
        len -= (size_t)n;
    }
}

// 2026-11-22T14:39:25.123456789Z, trailing zeros of the fraction dropped (Go's RFC3339Nano).
static size_t timestamp(char *out, size_t size) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(out, size, "%Y-%m-%dT%H:%M:%S", &tm);
    if (ts.tv_nsec > 0) {
        char frac[16];
        snprintf(frac, sizeof frac, ".%09ld", ts.tv_nsec);
        size_t len = strlen(frac);
        while (len > 1 && frac[len - 1] == '0') frac[--len] = '\0';
        memcpy(out + n, frac, len);
        n += len;
    }
    out[n++] = 'Z';
    out[n] = '\0';
    return n;
}

static void log_chunk(struct log_file *log, const char *stream, const char *data, size_t len) {
    if (log->fd < 0) return;
    log_rotate_if_needed(log);
    char prefix[96];
    size_t plen = timestamp(prefix, sizeof prefix);
    size_t slen = strlen(stream);
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(data + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - data) : len;
        char head[128];
        size_t h = 0;
        memcpy(head, prefix, plen); h += plen;
        head[h++] = ' ';
        memcpy(head + h, stream, slen); h += slen;
        head[h++] = ' ';
        head[h++] = nl ? 'F' : 'P';
        head[h++] = ' ';
        write_all(log->fd, head, h);
        write_all(log->fd, data + start, end - start);
        write_all(log->fd, "\n", 1);
        log->written += (int64_t)(h + end - start + 1);
        start = end + 1;
    }
}

void hull_log_pump(const int *fds, const char *const *streams, size_t count, const char *path, int64_t max_size) {
    struct log_file log = { .path = path, .max_size = max_size, .fd = -1, .written = 0 };
    log_open(&log);
    struct pollfd polls[8];
    const char *names[8];
    size_t open_count = 0;
    for (size_t i = 0; i < count && i < 8; i++) {
        polls[open_count].fd = fds[i];
        polls[open_count].events = POLLIN;
        names[open_count] = streams[i];
        open_count++;
    }
    static char buf[LOG_CHUNK];
    while (open_count > 0) {
        for (size_t i = 0; i < open_count; i++) polls[i].revents = 0;
        if (poll(polls, open_count, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (size_t i = 0; i < open_count; i++) {
            if (!polls[i].revents) continue;
            ssize_t n = read(polls[i].fd, buf, sizeof buf);
            if (n > 0) {
                log_chunk(&log, names[i], buf, (size_t)n);
                continue;
            }
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            // EOF, or EIO from a pty whose every slave is closed.
            close(polls[i].fd);
            polls[i] = polls[open_count - 1];
            names[i] = names[open_count - 1];
            open_count--;
            i--;
        }
    }
    if (log.fd >= 0) close(log.fd);
}
