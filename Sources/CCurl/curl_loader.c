#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// The entry points hull uses, resolved once from libcurl.so.4.
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    void (*easy_reset)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[256] = "libcurl not loaded";

static void load(void) {
    // libcurl4 is the OpenSSL flavour Debian installs with curl; the gnutls
    // one is an acceptable fallback. Lazily bound: libcurl brings some 30
    // libraries (Kerberos, LDAP, SSH, ...), and binding every symbol of
    // them up front was a millisecond of each pull; the few functions hull
    // calls are checked by dlsym below.
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", NULL};
    void *lib = NULL;
    for (int i = 0; names[i] && !lib; i++) lib = dlopen(names[i], RTLD_LAZY | RTLD_LOCAL);
    if (!lib) {
        snprintf(load_error, sizeof load_error,
                 "talking to registries needs libcurl (apt install libcurl4): %s", dlerror());
        return;
    }
#define RESOLVE(field, symbol)                                                                    \
    do {                                                                                          \
        *(void **)&curl.field = dlsym(lib, symbol);                                                \
        if (!curl.field) {                                                                        \
            snprintf(load_error, sizeof load_error, "libcurl lacks %s", symbol);                  \
            return;                                                                               \
        }                                                                                         \
    } while (0)
    RESOLVE(global_init, "curl_global_init");
    RESOLVE(easy_init, "curl_easy_init");
    RESOLVE(easy_cleanup, "curl_easy_cleanup");
    RESOLVE(easy_reset, "curl_easy_reset");
    RESOLVE(easy_perform, "curl_easy_perform");
    RESOLVE(easy_strerror, "curl_easy_strerror");
    RESOLVE(easy_setopt, "curl_easy_setopt");
    RESOLVE(easy_getinfo, "curl_easy_getinfo");
    RESOLVE(slist_append, "curl_slist_append");
    RESOLVE(slist_free_all, "curl_slist_free_all");
#undef RESOLVE
    // Not thread-safe in old libcurls, hence inside pthread_once.
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "curl_global_init failed");
        return;
    }
    load_error[0] = 0;
}

int hull_curl_load(char *err, size_t errlen) {
    pthread_once(&load_once, load);
    if (load_error[0] == 0) return 0;
    if (err && errlen) snprintf(err, errlen, "%s", load_error);
    return -1;
}

CURL *hull_curl_easy_init(void) { return curl.easy_init(); }
void hull_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
void hull_curl_easy_reset(CURL *handle) { curl.easy_reset(handle); }
CURLcode hull_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *hull_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }

CURLcode hull_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode hull_curl_setopt_offset(CURL *handle, CURLoption option, long long value) {
    return curl.easy_setopt(handle, option, (curl_off_t)value);
}
CURLcode hull_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode hull_curl_set_write(CURL *handle, hull_curl_data_callback callback, void *context) {
    CURLcode rc = curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
    return rc != CURLE_OK ? rc : curl.easy_setopt(handle, CURLOPT_WRITEDATA, context);
}
CURLcode hull_curl_set_read(CURL *handle, hull_curl_data_callback callback, void *context) {
    CURLcode rc = curl.easy_setopt(handle, CURLOPT_READFUNCTION, callback);
    return rc != CURLE_OK ? rc : curl.easy_setopt(handle, CURLOPT_READDATA, context);
}
CURLcode hull_curl_set_header(CURL *handle, hull_curl_data_callback callback, void *context) {
    CURLcode rc = curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
    return rc != CURLE_OK ? rc : curl.easy_setopt(handle, CURLOPT_HEADERDATA, context);
}

CURLcode hull_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode hull_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return curl.easy_getinfo(handle, info, value);
}

struct curl_slist *hull_curl_slist_append(struct curl_slist *list, const char *line) {
    return curl.slist_append(list, line);
}
void hull_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }
