// The monitor's steady state: copy a container's output into its k8s-file
// log and to every attached client, and clients' input to the container,
// until every output stream closes. In C so that a monitor waiting for days
// touches only these few pages (with hull_release_text_pages, a monitor
// stays small resident). Single-threaded: one poll loop.
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define LOG_CHUNK 65536
#define MAX_STREAMS 4
#define MAX_CLIENTS 16

void hull_log_open(struct hull_log *log) {
    log->fd = open(log->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    struct stat st;
    log->written = (log->fd >= 0 && fstat(log->fd, &st) == 0) ? (int64_t)st.st_size : 0;
}

// One rotated file is kept: path.1.
static void log_rotate_if_needed(struct hull_log *log) {
    if (log->max_size <= 0 || log->written < log->max_size) return;
    char old[4096];
    if (snprintf(old, sizeof old, "%s.1", log->path) >= (int)sizeof old) return;
    rename(log->path, old);
    if (log->fd >= 0) close(log->fd);
    hull_log_open(log);
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

void hull_log_write(struct hull_log *log, const char *stream, const char *data, size_t len) {
    if (log->fd < 0) return;
    char prefix[96];
    size_t plen = timestamp(prefix, sizeof prefix);
    size_t slen = strlen(stream);
    size_t start = 0;
    while (start < len) {
        // Per line, so that a burst read in one chunk still rotates on time.
        log_rotate_if_needed(log);
        if (log->fd < 0) return;
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

// Attached clients outlive one pump (they get the exit code after it).
static int clients[MAX_CLIENTS];
static size_t client_count = 0;

static void drop_client(size_t i) {
    close(clients[i]);
    clients[i] = clients[--client_count];
}

static void add_client(int fd) {
    if (client_count == MAX_CLIENTS) { close(fd); return; }
    clients[client_count++] = fd;
}

// A client that stops reading holds the container up, as with conmon: its
// output is not dropped behind its back. One that went away is dropped.
static void broadcast(const char *msg, size_t len) {
    for (size_t i = 0; i < client_count; i++) {
        ssize_t n;
        do { n = send(clients[i], msg, len, MSG_NOSIGNAL); } while (n < 0 && errno == EINTR);
        if (n < 0) drop_client(i--);
    }
}

void hull_attach_finish(int32_t exit_code) {
    char msg[1 + sizeof exit_code];
    msg[0] = HULL_ATTACH_EXIT;
    memcpy(msg + 1, &exit_code, sizeof exit_code);
    broadcast(msg, sizeof msg);
    // Closing a unix socket with unread input makes the peer's next read
    // fail with ECONNRESET, losing the exit code queued for it. So: no
    // more from us (SHUT_WR), then read and drop what clients still send
    // until they hang up, which they do on the exit message (2 s at most).
    for (size_t i = 0; i < client_count; i++) shutdown(clients[i], SHUT_WR);
    static char sink[LOG_CHUNK + 1];
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (client_count > 0) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        long waited = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (waited >= 2000) break;
        struct pollfd polls[MAX_CLIENTS];
        for (size_t i = 0; i < client_count; i++) polls[i] = (struct pollfd){ clients[i], POLLIN, 0 };
        if (poll(polls, client_count, (int)(2000 - waited)) <= 0) continue;
        for (size_t k = client_count; k > 0; k--) {
            if (!polls[k - 1].revents) continue;
            ssize_t n = recv(clients[k - 1], sink, sizeof sink, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) drop_client(k - 1);
        }
    }
    while (client_count > 0) drop_client(0);
}

// sun_path holds 108 bytes; a runroot path may be longer, so the socket is
// named through /proc/self/fd of its directory, as conmon does.
static int attach_address(const char *dir, struct sockaddr_un *addr, int *dirfd) {
    *dirfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (*dirfd < 0) return -errno;
    memset(addr, 0, sizeof *addr);
    addr->sun_family = AF_UNIX;
    snprintf(addr->sun_path, sizeof addr->sun_path, "/proc/self/fd/%d/attach", *dirfd);
    return 0;
}

int hull_attach_listen(const char *dir) {
    struct sockaddr_un addr;
    int dirfd;
    int r = attach_address(dir, &addr, &dirfd);
    if (r < 0) return r;
    int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) { r = -errno; close(dirfd); return r; }
    unlinkat(dirfd, "attach", 0);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || fchmodat(dirfd, "attach", 0600, 0) < 0 ||
        listen(fd, 8) < 0) {
        r = -errno;
        close(fd);
        close(dirfd);
        return r;
    }
    close(dirfd);
    return fd;
}

int hull_attach_connect(const char *dir) {
    struct sockaddr_un addr;
    int dirfd;
    int r = attach_address(dir, &addr, &dirfd);
    if (r < 0) return r;
    int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0) { r = -errno; close(dirfd); return r; }
    do { r = connect(fd, (struct sockaddr *)&addr, sizeof addr); } while (r < 0 && errno == EINTR);
    if (r < 0) r = -errno;
    close(dirfd);
    if (r < 0) { close(fd); return r; }
    return fd;
}

// A client's message: stdin bytes, end of stdin, or a window size.
// Returns 0 to keep reading from clients, 1 when input is now pending.
static int client_message(const struct hull_pump *p, int *stdin_fd, const char *msg, ssize_t n,
                          const char **pending, size_t *pending_len) {
    if (n < 1) return 0;
    switch (msg[0]) {
    case HULL_ATTACH_INPUT:
        if (*stdin_fd < 0 || n < 2) return 0;
        *pending = msg + 1;
        *pending_len = (size_t)n - 1;
        return 1;
    case HULL_ATTACH_CLOSE_STDIN:
        // A pty has no end of input short of hanging up on the process.
        if (*stdin_fd >= 0 && p->tty_fd < 0) { close(*stdin_fd); *stdin_fd = -1; }
        return 0;
    case HULL_ATTACH_RESIZE:
        if (p->tty_fd >= 0 && n >= 5) {
            struct winsize ws;
            memset(&ws, 0, sizeof ws);
            memcpy(&ws.ws_row, msg + 1, 2);
            memcpy(&ws.ws_col, msg + 3, 2);
            ioctl(p->tty_fd, TIOCSWINSZ, &ws);
        }
        return 0;
    }
    return 0;
}

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void hull_monitor_pump(const struct hull_pump *p) {
    // A container that closed its stdin, or a client gone, is an EPIPE
    // to handle, not a signal that ends the monitor (and its records).
    signal(SIGPIPE, SIG_IGN);
    struct hull_log log = { .path = p->log_path, .max_size = p->max_size, .fd = -1, .written = 0 };
    // No log path: an exec session's output goes to its clients only.
    if (log.path) hull_log_open(&log);
    int streams[MAX_STREAMS];
    char kinds[MAX_STREAMS];
    const char *names[MAX_STREAMS];
    int mirrors[MAX_STREAMS];
    size_t open_count = 0;
    for (size_t i = 0; i < p->count && i < MAX_STREAMS; i++) {
        streams[open_count] = p->fds[i];
        names[open_count] = p->streams[i];
        mirrors[open_count] = p->mirror_fds ? p->mirror_fds[i] : -1;
        kinds[open_count] = strcmp(p->streams[i], "stderr") == 0 ? HULL_ATTACH_STDERR : HULL_ATTACH_STDOUT;
        open_count++;
    }
    if (p->client_fd >= 0) add_client(p->client_fd);
    int stdin_fd = p->stdin_fd;
    // Input waits in the client's message buffer until the container takes
    // it; meanwhile no client is read, so a container that never reads
    // its stdin cannot make the monitor block or buffer without bound.
    static char in_msg[LOG_CHUNK + 1];
    const char *pending = NULL;
    size_t pending_len = 0;
    // One byte in front of the data names the stream for clients.
    static char out_msg[LOG_CHUNK + 1];
    struct pollfd polls[MAX_STREAMS + MAX_CLIENTS + 2];
    // From here on only this loop runs, for as long as the container does:
    // drop the pages the setup touched (the rest of hull).
    // Setup's freed heap goes back too (malloc_trim also releases free
    // pages inside the heap, not only at its top).
    if (p->release_pages) {
        malloc_trim(0);
        hull_release_text_pages();
    }
    // The next tick, on the monotonic clock in milliseconds; -1: none.
    int64_t tick_at = (p->tick && p->tick_ms >= 0) ? now_ms() + p->tick_ms : -1;
    while (open_count > 0) {
        size_t n_polls = 0;
        for (size_t i = 0; i < open_count; i++) polls[n_polls++] = (struct pollfd){ streams[i], POLLIN, 0 };
        size_t listen_at = n_polls;
        if (p->listen_fd >= 0) polls[n_polls++] = (struct pollfd){ p->listen_fd, POLLIN, 0 };
        size_t stdin_at = n_polls;
        if (pending && stdin_fd >= 0) polls[n_polls++] = (struct pollfd){ stdin_fd, POLLOUT, 0 };
        size_t clients_at = n_polls;
        if (!pending)
            for (size_t i = 0; i < client_count; i++) polls[n_polls++] = (struct pollfd){ clients[i], POLLIN, 0 };
        int64_t wait_ms = tick_at < 0 ? -1 : tick_at - now_ms();
        if (wait_ms > INT32_MAX) wait_ms = INT32_MAX;
        int ready = poll(polls, n_polls, tick_at < 0 ? -1 : (wait_ms < 0 ? 0 : (int)wait_ms));
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (tick_at >= 0 && now_ms() >= tick_at) {
            int32_t next = p->tick(p->tick_context);
            tick_at = next < 0 ? -1 : now_ms() + next;
            // The tick ran Swift: give its pages back again.
            if (p->release_pages) {
                malloc_trim(0);
                hull_release_text_pages();
            }
        }
        // What poll found stays readable; nothing found: nothing to do.
        if (ready == 0) continue;
        // Clients first: their fds are indexed by position and output may drop one.
        if (!pending) {
            for (size_t k = client_count; k > 0; k--) {
                size_t i = k - 1;
                if (!polls[clients_at + i].revents) continue;
                ssize_t n = recv(clients[i], in_msg, sizeof in_msg, MSG_DONTWAIT);
                if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
                if (n <= 0) { drop_client(i); continue; }
                if (client_message(p, &stdin_fd, in_msg, n, &pending, &pending_len)) break;
            }
        } else if (stdin_fd >= 0 && polls[stdin_at].revents) {
            ssize_t n = write(stdin_fd, pending, pending_len);
            if (n > 0) {
                pending += n;
                pending_len -= (size_t)n;
            } else if (n < 0 && errno != EINTR && errno != EAGAIN) {
                // The container closed its stdin: what is left goes nowhere.
                pending_len = 0;
            }
            if (pending_len == 0) pending = NULL;
        }
        if (pending && stdin_fd < 0) pending = NULL;
        if (p->listen_fd >= 0 && polls[listen_at].revents) {
            int fd = accept4(p->listen_fd, NULL, NULL, SOCK_CLOEXEC);
            if (fd >= 0) add_client(fd);
        }
        for (size_t i = 0; i < open_count; i++) {
            if (!polls[i].revents) continue;
            ssize_t n = read(streams[i], out_msg + 1, LOG_CHUNK);
            if (n > 0) {
                // The caller's terminal or pipe first: the log is the copy.
                if (mirrors[i] >= 0) write_all(mirrors[i], out_msg + 1, (size_t)n);
                hull_log_write(&log, names[i], out_msg + 1, (size_t)n);
                if (client_count > 0) {
                    out_msg[0] = kinds[i];
                    broadcast(out_msg, (size_t)n + 1);
                }
                continue;
            }
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            // EOF, or EIO from a pty whose every slave is closed.
            close(streams[i]);
            streams[i] = streams[open_count - 1];
            names[i] = names[open_count - 1];
            kinds[i] = kinds[open_count - 1];
            mirrors[i] = mirrors[open_count - 1];
            // polls[] is rebuilt next round; keep this round's revents aligned.
            polls[i] = polls[open_count - 1];
            open_count--;
            i--;
        }
    }
    if (stdin_fd >= 0) close(stdin_fd);
    hull_log_close(&log);
}

void hull_log_close(struct hull_log *log) {
    if (log->fd >= 0) close(log->fd);
    log->fd = -1;
}
