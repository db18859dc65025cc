#pragma once

#include <QtGlobal>

namespace exotrunk::ui::fontscale {

// The size of page titles relative to the widget's font. The trunk list's title and the title
// of its loading, empty and error states share it: every distinct font on the window's first
// paint is one more font to match and load (tests/benchmarks/bench_startup).
inline constexpr qreal PageTitle = 1.3;

} // namespace exotrunk::ui::fontscale
