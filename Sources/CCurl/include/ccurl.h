// CCurl: libcurl, loaded on demand.
//
// Only the registry code (pull, push, login) talks HTTP. Linking libcurl
// would make every hull command load it and its ~20 dependencies (TLS,
// HTTP/2, IDN, LDAP, Kerberos ...) at start-up, so it is dlopen'ed the
// first time a request is made. curl_easy_setopt and curl_easy_getinfo are
// variadic, which Swift cannot call: these wrappers give them fixed types.
#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>
#include <curl/curl.h>

// Loads libcurl.so.4 once. Returns 0, or -1 with a message in err.
int hull_curl_load(char *err, size_t errlen);

CURL *hull_curl_easy_init(void);
void hull_curl_easy_cleanup(CURL *handle);
void hull_curl_easy_reset(CURL *handle);
CURLcode hull_curl_easy_perform(CURL *handle);
const char *hull_curl_easy_strerror(CURLcode code);

CURLcode hull_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode hull_curl_setopt_offset(CURL *handle, CURLoption option, long long value);
CURLcode hull_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value);

typedef size_t (*hull_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*hull_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                           curl_off_t ultotal, curl_off_t ulnow);
CURLcode hull_curl_set_write(CURL *handle, hull_curl_data_callback callback, void *context);
CURLcode hull_curl_set_read(CURL *handle, hull_curl_data_callback callback, void *context);
CURLcode hull_curl_set_header(CURL *handle, hull_curl_data_callback callback, void *context);

CURLcode hull_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode hull_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value);

struct curl_slist *hull_curl_slist_append(struct curl_slist *list, const char *line);
void hull_curl_slist_free_all(struct curl_slist *list);

#endif
