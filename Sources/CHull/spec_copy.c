// A deep copy of struct hull_spec into one block of memory, for a child
// cloned before its spec existed: it shares that block (MAP_SHARED) with
// hull, so the pointers in the copy are valid on both sides.
#include "spawn_child.h"

#include <stdint.h>
#include <string.h>

struct bump {
    char *at;
    char *end;
    int full;
};

static void *bump_alloc(struct bump *b, size_t size) {
    size_t pad = (size_t)(-(uintptr_t)b->at & 15);
    if (b->full || (size_t)(b->end - b->at) < pad + size) {
        b->full = 1;
        return NULL;
    }
    void *p = b->at + pad;
    b->at += pad + size;
    return p;
}

static void *bump_copy(struct bump *b, const void *src, size_t size) {
    if (!src) return NULL;
    void *p = bump_alloc(b, size ? size : 1);
    if (p && size) memcpy(p, src, size);
    return p;
}

static const char *bump_string(struct bump *b, const char *s) {
    return s ? bump_copy(b, s, strlen(s) + 1) : NULL;
}

// count strings (SIZE_MAX: up to the NULL), copied with a NULL after them.
static const char *const *bump_strings(struct bump *b, const char *const *v, size_t count) {
    if (!v) return NULL;
    if (count == SIZE_MAX) for (count = 0; v[count]; count++) {}
    const char **out = bump_alloc(b, (count + 1) * sizeof *out);
    if (!out) return NULL;
    for (size_t i = 0; i < count; i++) out[i] = bump_string(b, v[i]);
    out[count] = NULL;
    return out;
}

static const struct hull_step *bump_steps(struct bump *b, const struct hull_step *steps, size_t n) {
    struct hull_step *out = bump_copy(b, steps, n * sizeof *steps);
    if (!out) return NULL;
    for (size_t i = 0; i < n; i++) {
        out[i].source = bump_string(b, steps[i].source);
        out[i].target = bump_string(b, steps[i].target);
        out[i].fstype = bump_string(b, steps[i].fstype);
        out[i].data = bump_string(b, steps[i].data);
        out[i].cwd = bump_string(b, steps[i].cwd);
    }
    return out;
}

struct hull_spec *hull_spec_copy(const struct hull_spec *spec, void *area, size_t size) {
    struct bump b = { .at = area, .end = (char *)area + size, .full = 0 };
    struct hull_spec *c = bump_copy(&b, spec, sizeof *spec);
    if (!c) return NULL;
    c->rootfs = bump_string(&b, spec->rootfs);
    c->steps = bump_steps(&b, spec->steps, spec->nsteps);
    c->late_steps = bump_steps(&b, spec->late_steps, spec->nlate_steps);
    c->hostname = bump_string(&b, spec->hostname);
    c->groups = bump_copy(&b, spec->groups, spec->ngroups * sizeof *spec->groups);
    c->workdir = bump_string(&b, spec->workdir);
    c->argv = bump_strings(&b, spec->argv, SIZE_MAX);
    c->envp = bump_strings(&b, spec->envp, SIZE_MAX);
    c->path_dirs = bump_strings(&b, spec->path_dirs, spec->npath_dirs);
    c->join_fds = bump_copy(&b, spec->join_fds, spec->njoin_fds * sizeof *spec->join_fds);
    c->cgroup_task_fds = bump_copy(&b, spec->cgroup_task_fds, spec->ncgroup_task_fds * sizeof *spec->cgroup_task_fds);
    c->rlimit_resources = bump_copy(&b, spec->rlimit_resources, spec->nrlimits * sizeof *spec->rlimit_resources);
    c->rlimit_soft = bump_copy(&b, spec->rlimit_soft, spec->nrlimits * sizeof *spec->rlimit_soft);
    c->rlimit_hard = bump_copy(&b, spec->rlimit_hard, spec->nrlimits * sizeof *spec->rlimit_hard);
    c->seccomp_filter = bump_copy(&b, spec->seccomp_filter, spec->seccomp_filter_len);
    c->root_owned = bump_strings(&b, spec->root_owned, spec->nroot_owned);
    return b.full ? NULL : c;
}
