#include "common/numberfield.h"

namespace exotrunk::ui {

namespace {
constexpr int kLargestTypable = 9999999;
} // namespace

NumberField::NumberField(int usualMinimum, int usualMaximum, QWidget *parent)
    : QSpinBox(parent)
    , m_usualMinimum(usualMinimum)
    , m_usualMaximum(usualMaximum) {
    setRange(0, kLargestTypable);
    setValue(usualMinimum);
    // What was typed stays; the form says whether it is acceptable.
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

void NumberField::stepBy(int steps) {
    const int next = qBound(m_usualMinimum, value() + steps, m_usualMaximum);
    if (next != value())
        setValue(next);
}

QAbstractSpinBox::StepEnabled NumberField::stepEnabled() const {
    StepEnabled enabled = StepNone;
    if (value() < m_usualMaximum)
        enabled |= StepUpEnabled;
    if (value() > m_usualMinimum)
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace exotrunk::ui
