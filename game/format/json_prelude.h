// The one way into rapidjson: parse flags and cereal's throwing RAPIDJSON_ASSERT, included first.
#pragma once

// cereal's json.hpp only installs its throwing RAPIDJSON_ASSERT if it is the first header to pull
// in rapidjson; if rapidjson came first, a bad input would abort (debug) or load garbage (release).
#if defined(RAPIDJSON_RAPIDJSON_H_) && !defined(ATTUNE_JSON_PRELUDE_H)
#error "format/json_prelude.h must be included before any rapidjson or cereal header"
#endif
#define ATTUNE_JSON_PRELUDE_H

// No kParseFullPrecisionFlag: rapidjson 1.1.0 turns "0e50" into garbage with it (undefined
// behaviour). Iterative parsing: no stack overflow on deeply nested input. No NaN/Inf. Strings must be valid UTF-8.
#define RAPIDJSON_PARSE_DEFAULT_FLAGS                                              \
    rapidjson::kParseIterativeFlag | rapidjson::kParseCommentsFlag |               \
        rapidjson::kParseTrailingCommasFlag | rapidjson::kParseValidateEncodingFlag

#include <cereal/archives/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#ifndef RAPIDJSON_ASSERT_THROWS
#error "cereal's throwing RAPIDJSON_ASSERT is not in effect"
#endif
static_assert((rapidjson::kParseDefaultFlags & rapidjson::kParseFullPrecisionFlag) == 0,
              "full-precision parsing turns 0e50 into garbage in rapidjson 1.1.0");
static_assert((rapidjson::kParseDefaultFlags & rapidjson::kParseIterativeFlag) != 0,
              "the recursive parser overflows the stack on deeply nested input");
