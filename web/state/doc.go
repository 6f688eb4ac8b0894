// Package state holds everything gradplay's page shows, as plain Go that is
// tested natively: the State (function, grids, axes, sliders, display
// options, pinned node), its URL form (Encode, Decode) with validation that
// turns hostile or malformed links into messages, the conversion of the JS
// API's arguments (GradientRequest), error classification with positions in
// JavaScript's UTF-16 units (ErrorInfo), and the Scene: the field from
// core/field and the figure from plots, with the read-out at a grid node.
//
// The WebAssembly adapter (package wasm) only converts values between
// JavaScript and these types.
package state
