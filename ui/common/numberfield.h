#pragma once

#include <QSpinBox>

namespace exotrunk::ui {

// A whole-number field that never changes what was typed. QSpinBox clamps out-of-range input
// when the field loses focus ("8" becomes the minimum of a 16–32 mask) and refuses a digit that
// would pass the maximum (typing 70000 into a port gives 7000). NumberField accepts any number
// of up to seven digits, so the form's validator can show the value as invalid and say why; the
// arrow keys and buttons still step only within the usual range.
class NumberField : public QSpinBox {
    Q_OBJECT
public:
    NumberField(int usualMinimum, int usualMaximum, QWidget *parent = nullptr);

    int usualMinimum() const { return m_usualMinimum; }
    int usualMaximum() const { return m_usualMaximum; }

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_usualMinimum;
    int m_usualMaximum;
};

} // namespace exotrunk::ui
