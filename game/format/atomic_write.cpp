// POSIX atomic replace: write PATH.tmp.PID, fsync it, link the old file to PATH.bak, rename over.
#include "format/json_prelude.h"

#include "format/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

}  // namespace

bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string* error) {
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

}  // namespace format
