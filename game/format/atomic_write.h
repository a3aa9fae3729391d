// Atomic file writing: a temp file in the same folder, fsync, rename over; the old file kept as .bak.
#pragma once

#include <string>
#include <string_view>

namespace format {

/// Writes bytes to path so a crash leaves either the old or the new file, never half of one. The
/// previous version is kept as PATH.bak. False with *error (if given) set on failure; then the
/// original file is untouched. PATH is never replaced unless it is a regular file: a symbolic
/// link is followed (the link stays a link), a character device or pipe is written through (a
/// pipe nobody reads is refused), and a folder or other special file is refused with a message.
bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string* error);

}  // namespace format
