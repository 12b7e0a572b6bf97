//! Frames, timers and window listeners for views. Natively each does nothing.

use leptos::prelude::*;
use std::time::Duration;

/// Runs `f` before the next frame is painted.
pub fn next_frame(f: impl FnOnce() + 'static) {
    if super::IN_BROWSER {
        request_animation_frame(f);
    }
}

/// Runs `f` as soon as the work under way is done (a microtask): after the view being
/// rendered is in the document, before the browser paints.
pub fn soon(f: impl FnOnce() + 'static) {
    if super::IN_BROWSER {
        queue_microtask(f);
    }
}

/// Runs `f` once the next frame has been painted: a frame's callbacks run before it
/// paints, hence two.
pub fn after_paint(f: impl FnOnce() + 'static) {
    next_frame(move || next_frame(f));
}

/// Runs `f` after `delay`.
pub fn after(delay: Duration, f: impl FnOnce() + 'static) {
    if super::IN_BROWSER {
        set_timeout(f, delay);
    }
}

/// Runs `f` when the browser is idle.
pub fn when_idle(f: impl Fn() + 'static) {
    if super::IN_BROWSER {
        request_idle_callback(f);
    }
}

/// Calls `f` on every click anywhere in the window, for as long as the calling view lives.
pub fn on_window_click(f: impl Fn(web_sys::MouseEvent) + 'static) {
    if super::IN_BROWSER {
        let handle = window_event_listener(leptos::ev::click, f);
        on_cleanup(move || handle.remove());
    }
}
