#ifndef HULL_CLIBS_SHIM_H
#define HULL_CLIBS_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>
#include <zstd.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sys/xattr.h>
#endif

