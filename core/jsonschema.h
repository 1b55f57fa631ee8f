// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

namespace swingmap {

/**
 * Validate a JSON value against the subset of JSON Schema (draft 2020-12) that SwingMap's schemas
 * use: type, properties, required, additionalProperties (bool or schema), items, enum, minItems,
 * minLength, minimum, maximum. Returns the first violation as "$.path.to[1].value: what is wrong",
 * or nullopt when the value conforms.
 */
std::optional<std::string> validateJson(const nlohmann::json& value, const nlohmann::json& schema);

/// The project file schema (docs/schema/project.schema.json, compiled in).
const nlohmann::json& projectSchema();
/// The report schema (docs/schema/report.schema.json, compiled in).
const nlohmann::json& reportSchema();

} // namespace swingmap
