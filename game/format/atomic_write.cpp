// POSIX atomic replace: write PATH.tmp.PID, fsync it, link the old file to PATH.bak, rename over.
// A link is followed (the link stays); a device or pipe is written through, never replaced.
#include "format/json_prelude.h"

#include "format/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace format {
namespace {

bool fail(std::string* error, const std::string& message) {
    if (error) *error = message + ": " + std::strerror(errno);
    return false;
}

bool writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

void syncFolder(const std::string& path) {
    std::filesystem::path folder = std::filesystem::path(path).parent_path();
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

/// Writes into an existing device or pipe as it is (never replaced, no backup). A pipe nobody
/// reads is refused rather than waited on.
bool writeThrough(const std::string& path, std::string_view bytes, std::string* error) {
    int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fail(error, errno == ENXIO ? path + " is a pipe that nobody is reading"
                                          : "cannot open " + path);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    const bool ok = writeAll(fd, bytes);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok || fail(error, "cannot write " + path);
}

bool replaceAtomically(const std::string& path, std::string_view bytes, std::string* error) {
    const std::string temp = path + ".tmp." + std::to_string(::getpid());
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail(error, "cannot create " + temp);
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        int saved = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        errno = saved;
        return fail(error, "cannot write " + temp);
    }
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        return fail(error, "cannot write " + temp);
    }
    if (::access(path.c_str(), F_OK) == 0) {
        const std::string backup = path + ".bak";
        ::unlink(backup.c_str());
        if (::link(path.c_str(), backup.c_str()) != 0) {
            // Hard links may be unsupported (some file systems): fall back to a copy.
            std::error_code ec;
            std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, ec);
            if (ec) {
                ::unlink(temp.c_str());
                return fail(error, "cannot keep a backup at " + backup);
            }
        }
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        int saved = errno;
        ::unlink(temp.c_str());
        errno = saved;
        return fail(error, "cannot replace " + path);
    }
    syncFolder(path);
    return true;
}

bool refuse(std::string* error, const std::string& message) {
    if (error) *error = message;
    return false;
}

}  // namespace

bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string* error) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISLNK(st.st_mode)) {
            // Write to what the link points at; the link itself stays as it is.
            std::error_code ec;
            const std::filesystem::path target = std::filesystem::canonical(path, ec);
            if (ec) return refuse(error, path + " is a link to a file that does not exist");
            return writeFileAtomic(target.string(), bytes, error);
        }
        if (S_ISDIR(st.st_mode)) return refuse(error, path + " is a folder, not a file");
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return writeThrough(path, bytes, error);
        return refuse(error, path + " is not a regular file; it was left as it is");
    }
    return replaceAtomically(path, bytes, error);
}

}  // namespace format
