// The container child's stages, shared by the two ways of starting one:
// cloned with its spec (spawn.c) or cloned first and given its spec later
// (early_child.c). Internal to CHull.
#ifndef CHULL_SPAWN_CHILD_H
#define CHULL_SPAWN_CHILD_H

#include "chull.h"

#include <sys/types.h>

// Set by the parent before clone: whether hull runs unprivileged.
extern int hull_spawned_unprivileged;

// The namespaces a child in a new user namespace makes itself, after
// clone, while the parent writes its id maps.
unsigned long hull_early_namespaces(unsigned long clone_flags);

// Writes the failure to err_fd and exits 125.
void hull_child_report(int fd, int step, int err, int detail);

// Dumpable, the parent-death signal and the v1 cgroups.
void hull_child_begin(const struct hull_spec *spec, int err_fd);

// Unshares `early` (none: nothing) and tells the parent with one byte.
void hull_child_unshare_early(unsigned long early, int sync_fd, int err_fd);

// From the first "go" to execve; never returns.
void hull_child_finish(const struct hull_spec *spec, int sync_fd, int err_fd);

// The most descriptors sent with one byte.
#define HULL_MAX_PASSED_FDS 64

// Sends len bytes with n descriptors attached (none when n is 0) in one
// message. Returns 0 when all were sent, or -1 with errno set.
int hull_send_fds(int sock, const void *data, size_t len, const int *fds, size_t n);
// The same with one byte.
int hull_send_byte_fds(int sock, char byte, const int *fds, size_t n);

// Receives one byte and up to max descriptors (close-on-exec) into fds,
// their count in *n. Returns 1, 0 at EOF, or -1 with errno set.
ssize_t hull_recv_byte_fds(int sock, char *byte, int *fds, size_t max, size_t *n);

// Deep-copies spec into [area, area + size): one block that a child
// sharing the mapping reads as it is. Returns the copy, or NULL when it
// does not fit.
struct hull_spec *hull_spec_copy(const struct hull_spec *spec, void *area, size_t size);

#endif
