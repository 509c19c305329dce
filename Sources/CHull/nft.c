// libnftables through dlopen: Debian ships no static archive, and linking
// the shared one would make every hull command load it (and libnftnl,
// libmnl, libjansson, libgmp, libxtables) at start-up. Only the commands
// that change rules (network setup, published ports) reach this file.
#include "chull.h"
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

struct nft_ctx;
static struct nft_ctx *(*p_new)(unsigned int);
static int (*p_buffer_error)(struct nft_ctx *);
static int (*p_buffer_output)(struct nft_ctx *);
static const char *(*p_get_error)(struct nft_ctx *);
static int (*p_run)(struct nft_ctx *, const char *);
static struct nft_ctx *ctx;

static int load(char *err, size_t errlen) {
    if (ctx) return 0;
    void *h = dlopen("libnftables.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(err, errlen, "loading libnftables.so.1 (Debian package libnftables1): %s", dlerror());
        return -1;
    }
    p_new = (struct nft_ctx *(*)(unsigned int))dlsym(h, "nft_ctx_new");
    p_buffer_error = (int (*)(struct nft_ctx *))dlsym(h, "nft_ctx_buffer_error");
    p_buffer_output = (int (*)(struct nft_ctx *))dlsym(h, "nft_ctx_buffer_output");
    p_get_error = (const char *(*)(struct nft_ctx *))dlsym(h, "nft_ctx_get_error_buffer");
    p_run = (int (*)(struct nft_ctx *, const char *))dlsym(h, "nft_run_cmd_from_buffer");
    if (!p_new || !p_buffer_error || !p_buffer_output || !p_get_error || !p_run) {
        snprintf(err, errlen, "libnftables.so.1 lacks an expected symbol");
        return -1;
    }
    ctx = p_new(0);
    if (!ctx) { snprintf(err, errlen, "nft_ctx_new failed"); return -1; }
    p_buffer_error(ctx);
    p_buffer_output(ctx);
    return 0;
}

int hull_nft_run(const char *commands, char *err, size_t errlen) {
    if (errlen) err[0] = 0;
    if (load(err, errlen) < 0) return -1;
    if (p_run(ctx, commands) == 0) return 0;
    const char *text = p_get_error(ctx);
    snprintf(err, errlen, "%s", text ? text : "");
    return 1;
}
