/* Power-cut recorder: an LD_PRELOAD library that passes every call through unchanged and
 * appends a record of each change under one folder to a log (tests/powercut/replay.py).
 *
 *   POWERCUT_ROOT  absolute path of the data folder whose changes are recorded
 *   POWERCUT_LOG   the log file (outside the folder); shared by every recorded process
 *   POWERCUT_MARK_FD  writes to this fd (the worker's stdout) are recorded as markers
 *
 * Each record is one write(2) to the O_APPEND log, made while holding flock(2) on it
 * around the real call, so the log's order is the order the calls took effect in, across
 * processes.  Record: u32 type, u32 path length, u32 second path length, u32 pid,
 * u64 inode, i64 offset, u64 data length, then the paths and the data.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum { OP_CREATE = 1, OP_TRUNC = 2, OP_WRITE = 3, OP_FSYNC = 4, OP_DIRSYNC = 5,
       OP_RENAME = 6, OP_UNLINK = 7, OP_MKDIR = 8, OP_RMDIR = 9, OP_MARK = 10,
       OP_UNSUPPORTED = 11 };

struct rec { uint32_t type, len1, len2, pid; uint64_t ino; int64_t off; uint64_t dlen; };

#define MAXFD 65536
static char *paths[MAXFD];          /* fd -> absolute path, for fds under the root */
static uint64_t inos[MAXFD];
static char isdir[MAXFD];
static char root[4096];
static size_t rootlen;
static int logfd = -1, markfd = -1, ready;
static pthread_mutex_t mu = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static __thread int inside;

#define REAL(name) static __typeof__(name) *real_##name; \
    if (!real_##name) real_##name = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

static ssize_t raw_write(int fd, const void *buf, size_t n) {
    REAL(write);
    return real_write(fd, buf, n);
}

static void init(void) {
    if (ready) return;
    ready = 1;
    const char *r = getenv("POWERCUT_ROOT"), *l = getenv("POWERCUT_LOG"), *m = getenv("POWERCUT_MARK_FD");
    if (!r || !l) return;
    snprintf(root, sizeof root, "%s", r);
    rootlen = strlen(root);
    while (rootlen > 1 && root[rootlen - 1] == '/') root[--rootlen] = 0;
    REAL(open);
    logfd = real_open(l, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (m) markfd = atoi(m);
}

/* Lexically normalised absolute path of `p` relative to directory fd `dirfd`. */
static int absolute(int dirfd, const char *p, char *out, size_t size) {
    char buf[8192];
    if (!p) return -1;
    if (p[0] == '/') snprintf(buf, sizeof buf, "%s", p);
    else {
        char base[4096];
        if (dirfd == AT_FDCWD) { if (!getcwd(base, sizeof base)) return -1; }
        else if (dirfd >= 0 && dirfd < MAXFD && paths[dirfd]) snprintf(base, sizeof base, "%s", paths[dirfd]);
        else return -1;
        snprintf(buf, sizeof buf, "%s/%s", base, p);
    }
    char *parts[512]; int n = 0;
    char *save = NULL;
    for (char *s = strtok_r(buf, "/", &save); s; s = strtok_r(NULL, "/", &save)) {
        if (!strcmp(s, ".")) continue;
        if (!strcmp(s, "..")) { if (n) n--; continue; }
        if (n < 512) parts[n++] = s;
    }
    size_t len = 0; out[0] = 0;
    for (int i = 0; i < n; i++) len += snprintf(out + len, size - len, "/%s", parts[i]);
    if (!n) snprintf(out, size, "/");
    return 0;
}

static int under(const char *abs) {
    return rootlen && !strncmp(abs, root, rootlen) && (abs[rootlen] == 0 || abs[rootlen] == '/');
}

static void emit(uint32_t type, const char *p1, const char *p2, uint64_t ino, int64_t off,
                 const struct iovec *iov, int iovcnt) {
    struct rec h = { type, p1 ? strlen(p1) : 0, p2 ? strlen(p2) : 0, (uint32_t)getpid(), ino, off, 0 };
    for (int i = 0; i < iovcnt; i++) h.dlen += iov[i].iov_len;
    size_t total = sizeof h + h.len1 + h.len2 + h.dlen;
    char *buf = malloc(total), *q = buf;
    if (!buf) abort();
    memcpy(q, &h, sizeof h); q += sizeof h;
    if (h.len1) { memcpy(q, p1, h.len1); q += h.len1; }
    if (h.len2) { memcpy(q, p2, h.len2); q += h.len2; }
    for (int i = 0; i < iovcnt; i++) { memcpy(q, iov[i].iov_base, iov[i].iov_len); q += iov[i].iov_len; }
    for (size_t done = 0; done < total;) {
        ssize_t w = raw_write(logfd, buf + done, total - done);
        if (w <= 0) { if (errno == EINTR) continue; abort(); }
        done += w;
    }
    free(buf);
}

static int lock(void) {
    init();
    if (logfd < 0 || inside) return 0;
    pthread_mutex_lock(&mu);
    inside = 1;
    flock(logfd, LOCK_EX);
    return 1;
}

static void unlock(int held) {
    if (!held) return;
    flock(logfd, LOCK_UN);
    inside = 0;
    pthread_mutex_unlock(&mu);
}

static void track(int fd, const char *abs) {
    if (fd < 0 || fd >= MAXFD) return;
    free(paths[fd]); paths[fd] = NULL;
    struct stat st;
    if (!abs || fstat(fd, &st) != 0) return;
    paths[fd] = strdup(abs); inos[fd] = st.st_ino; isdir[fd] = S_ISDIR(st.st_mode);
}

static int tracked(int fd) { return fd >= 0 && fd < MAXFD && paths[fd]; }

/* Every wrapper: take the lock, work out the paths, make the real call, record it. */
static void opened(int held, int dirfd, const char *p, int flags, int existed, int fd, const char *abs) {
    (void)dirfd; (void)p;
    if (held && abs && fd >= 0) {
        track(fd, abs);
        if (!existed) emit(OP_CREATE, abs, NULL, inos[fd], 0, NULL, 0);
        else if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY) emit(OP_TRUNC, abs, NULL, inos[fd], 0, NULL, 0);
    }
    unlock(held);
}

/* the absolute path if under the root (else NULL), and whether it existed before */
static const char *before_open(int held, int dirfd, const char *p, char *abs, int *existed) {
    struct stat st;
    *existed = 1;
    if (!held || absolute(dirfd, p, abs, 4096) != 0 || !under(abs)) return NULL;
    *existed = lstat(abs, &st) == 0;
    return abs;
}

#define OPEN_BODY(name, DIRFD, ...) \
    mode_t mode = 0; \
    if (flags & (O_CREAT | __O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, mode_t); va_end(ap); } \
    REAL(name); \
    int held = lock(), existed; char buf[4096]; \
    const char *abs = before_open(held, DIRFD, p, buf, &existed); \
    int fd = real_##name(__VA_ARGS__, flags, mode); \
    int saved = errno; opened(held, DIRFD, p, flags, existed, fd, abs); errno = saved; \
    return fd;

int open(const char *p, int flags, ...) { OPEN_BODY(open, AT_FDCWD, p) }
int open64(const char *p, int flags, ...) { OPEN_BODY(open64, AT_FDCWD, p) }
int openat(int d, const char *p, int flags, ...) { OPEN_BODY(openat, d, d, p) }
int openat64(int d, const char *p, int flags, ...) { OPEN_BODY(openat64, d, d, p) }
int creat(const char *p, mode_t mode) { return open(p, O_CREAT | O_WRONLY | O_TRUNC, mode); }
int creat64(const char *p, mode_t mode) { return open(p, O_CREAT | O_WRONLY | O_TRUNC, mode); }

int close(int fd) {
    REAL(close);
    int held = lock();
    if (tracked(fd)) { free(paths[fd]); paths[fd] = NULL; }
    int r = real_close(fd);
    int saved = errno; unlock(held); errno = saved;
    return r;
}

static void wrote(int held, int fd, const struct iovec *iov, int n, int64_t off, ssize_t r) {
    if (held && r > 0) {
        struct iovec done[64]; int k = 0; size_t left = r;
        for (int i = 0; i < n && left && k < 64; i++) {
            done[k].iov_base = iov[i].iov_base;
            done[k].iov_len = iov[i].iov_len < left ? iov[i].iov_len : left;
            left -= done[k++].iov_len;
        }
        if (fd == markfd) emit(OP_MARK, NULL, NULL, 0, 0, done, k);
        else if (tracked(fd)) {
            /* a plain write lands where the call just moved the position from */
            int64_t at = off >= 0 ? off : (int64_t)lseek(fd, 0, SEEK_CUR) - r;
            emit(OP_WRITE, paths[fd], NULL, inos[fd], at, done, k);
        }
    }
    unlock(held);
}

#define WRITE_BODY(name, IOV, N, OFF, ...) \
    REAL(name); int held = lock(); ssize_t r = real_##name(__VA_ARGS__); \
    int saved = errno; wrote(held, fd, IOV, N, OFF, r); errno = saved; return r;

ssize_t write(int fd, const void *buf, size_t n) {
    struct iovec v = { (void *)buf, n }; WRITE_BODY(write, &v, 1, -1, fd, buf, n)
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    struct iovec v = { (void *)buf, n }; WRITE_BODY(pwrite, &v, 1, off, fd, buf, n, off)
}
ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off) {
    struct iovec v = { (void *)buf, n }; WRITE_BODY(pwrite64, &v, 1, off, fd, buf, n, off)
}
ssize_t writev(int fd, const struct iovec *iov, int n) { WRITE_BODY(writev, iov, n, -1, fd, iov, n) }
ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off) { WRITE_BODY(pwritev, iov, n, off, fd, iov, n, off) }

/* fd calls recorded after they succeed: truncate to `arg`, or a sync barrier */
static void fd_done(int held, int fd, int r, uint32_t type, int64_t arg) {
    if (held && r == 0 && tracked(fd)) {
        if (type == OP_FSYNC && isdir[fd]) type = OP_DIRSYNC;
        emit(type, paths[fd], NULL, inos[fd], arg, NULL, 0);
    }
    unlock(held);
}
#define FD_BODY(name, TYPE, ARG, ...) \
    REAL(name); int held = lock(); int r = real_##name(__VA_ARGS__); \
    int saved = errno; fd_done(held, fd, r, TYPE, ARG); errno = saved; return r;

int ftruncate(int fd, off_t len) { FD_BODY(ftruncate, OP_TRUNC, len, fd, len) }
int ftruncate64(int fd, off64_t len) { FD_BODY(ftruncate64, OP_TRUNC, len, fd, len) }
int fsync(int fd) { FD_BODY(fsync, OP_FSYNC, 0, fd) }
int fdatasync(int fd) { FD_BODY(fdatasync, OP_FSYNC, 0, fd) }
/* Writes the log cannot follow: recorded, so the replay refuses instead of passing. */
int fallocate(int fd, int mode, off_t off, off_t len) { FD_BODY(fallocate, OP_UNSUPPORTED, 0, fd, mode, off, len) }
int posix_fallocate(int fd, off_t off, off_t len) { FD_BODY(posix_fallocate, OP_UNSUPPORTED, 0, fd, off, len) }

static void path_done(int held, uint32_t type, int ok, int r, const char *x, const char *y) {
    if (held && ok && r == 0 && (under(x) || (y && under(y)))) emit(type, x, y, 0, 0, NULL, 0);
    unlock(held);
}
#define PATH2_BODY(name, TYPE, D1, A, D2, B, ...) \
    REAL(name); int held = lock(); char x[4096], y[4096]; \
    int ok = held && absolute(D1, A, x, sizeof x) == 0 && absolute(D2, B, y, sizeof y) == 0; \
    int r = real_##name(__VA_ARGS__); int saved = errno; path_done(held, TYPE, ok, r, x, y); \
    errno = saved; return r;
#define PATH1_BODY(name, TYPE, D, P, ...) \
    REAL(name); int held = lock(); char x[4096]; \
    int ok = held && absolute(D, P, x, sizeof x) == 0; \
    int r = real_##name(__VA_ARGS__); int saved = errno; path_done(held, TYPE, ok, r, x, NULL); \
    errno = saved; return r;

int rename(const char *a, const char *b) { PATH2_BODY(rename, OP_RENAME, AT_FDCWD, a, AT_FDCWD, b, a, b) }
int renameat(int d1, const char *a, int d2, const char *b) { PATH2_BODY(renameat, OP_RENAME, d1, a, d2, b, d1, a, d2, b) }
int renameat2(int d1, const char *a, int d2, const char *b, unsigned int f) {
    PATH2_BODY(renameat2, f ? OP_UNSUPPORTED : OP_RENAME, d1, a, d2, b, d1, a, d2, b, f)
}
int link(const char *a, const char *b) { PATH2_BODY(link, OP_UNSUPPORTED, AT_FDCWD, a, AT_FDCWD, b, a, b) }
int unlink(const char *p) { PATH1_BODY(unlink, OP_UNLINK, AT_FDCWD, p, p) }
int rmdir(const char *p) { PATH1_BODY(rmdir, OP_RMDIR, AT_FDCWD, p, p) }
int unlinkat(int d, const char *p, int f) { PATH1_BODY(unlinkat, (f & AT_REMOVEDIR) ? OP_RMDIR : OP_UNLINK, d, p, d, p, f) }
int mkdir(const char *p, mode_t m) { PATH1_BODY(mkdir, OP_MKDIR, AT_FDCWD, p, p, m) }
int mkdirat(int d, const char *p, mode_t m) { PATH1_BODY(mkdirat, OP_MKDIR, d, p, d, p, m) }
int truncate(const char *p, off_t len) { PATH1_BODY(truncate, OP_UNSUPPORTED, AT_FDCWD, p, p, len) }

static void unsupported_fd(int fd) {
    int held = lock();
    if (held && tracked(fd)) emit(OP_UNSUPPORTED, paths[fd], NULL, inos[fd], 0, NULL, 0);
    unlock(held);
}
void *mmap(void *a, size_t n, int prot, int flags, int fd, off_t off) {
    REAL(mmap);
    if ((prot & PROT_WRITE) && (flags & MAP_SHARED)) unsupported_fd(fd);
    return real_mmap(a, n, prot, flags, fd, off);
}
void *mmap64(void *a, size_t n, int prot, int flags, int fd, off64_t off) {
    REAL(mmap64);
    if ((prot & PROT_WRITE) && (flags & MAP_SHARED)) unsupported_fd(fd);
    return real_mmap64(a, n, prot, flags, fd, off);
}
ssize_t sendfile(int out, int in, off_t *off, size_t n) {
    REAL(sendfile); unsupported_fd(out); return real_sendfile(out, in, off, n);
}
ssize_t copy_file_range(int in, off64_t *a, int out, off64_t *b, size_t n, unsigned int f) {
    REAL(copy_file_range); unsupported_fd(out); return real_copy_file_range(in, a, out, b, n, f);
}
int dup(int fd) {
    REAL(dup); int held = lock(); int r = real_dup(fd); int saved = errno;
    if (held && r >= 0 && tracked(fd)) track(r, paths[fd]);
    unlock(held); errno = saved; return r;
}
int dup2(int fd, int to) {
    REAL(dup2); int held = lock(); int r = real_dup2(fd, to); int saved = errno;
    if (held && r >= 0 && r != fd) {
        if (tracked(fd)) track(r, paths[fd]);
        else if (tracked(r)) { free(paths[r]); paths[r] = NULL; }
    }
    unlock(held); errno = saved; return r;
}
