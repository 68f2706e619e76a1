//! Rectangles in CSS px, the unit every layout in `model/` is computed in.

/// An axis-aligned rectangle: `x`, `y` top-left, `w`, `h` size, CSS px.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left edge, CSS px.
    pub x: f64,
    /// Top edge, CSS px (y grows downwards).
    pub y: f64,
    /// Width, CSS px.
    pub w: f64,
    /// Height, CSS px.
    pub h: f64,
}

impl Rect {
    pub(crate) const fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Self { x, y, w, h }
    }
    /// The right edge, `x + w`.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    /// The bottom edge, `y + h`.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// True when the two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }
    /// True when the point lies inside (edges included).
    pub fn contains(&self, (px, py): (f64, f64)) -> bool {
        px >= self.x && px <= self.right() && py >= self.y && py <= self.bottom()
    }
    /// True when `other` lies wholly inside `self`, within `slack` px.
    pub fn encloses(&self, other: &Rect, slack: f64) -> bool {
        other.x >= self.x - slack
            && other.y >= self.y - slack
            && other.right() <= self.right() + slack
            && other.bottom() <= self.bottom() + slack
    }
}

/// Reflection about the vertical centre line of a `width`-wide chart: how right-to-left layouts
/// are made from left-to-right ones.
pub trait Mirror {
    /// Reflects `self` in place about the vertical centre line of a chart `width` CSS px wide.
    fn mirror(&mut self, width: f64);
}

impl Mirror for Rect {
    fn mirror(&mut self, width: f64) {
        self.x = width - self.x - self.w;
    }
}

impl Mirror for (f64, f64) {
    fn mirror(&mut self, width: f64) {
        self.0 = width - self.0;
    }
}

impl<T: Mirror> Mirror for [T] {
    fn mirror(&mut self, width: f64) {
        self.iter_mut().for_each(|item| item.mirror(width));
    }
}

impl<T: Mirror> Mirror for Vec<T> {
    fn mirror(&mut self, width: f64) {
        self.as_mut_slice().mirror(width);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_strict_and_symmetric() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Rect::new(5.0, 5.0, 10.0, 10.0)));
        assert!(!a.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
        assert!(!Rect::new(10.0, 0.0, 5.0, 5.0).overlaps(&a));
        assert!(a.contains((10.0, 10.0)) && !a.contains((10.1, 0.0)));
        assert!(a.encloses(&Rect::new(1.0, 1.0, 2.0, 2.0), 0.0));
    }
}
