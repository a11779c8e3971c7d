package dyad

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status (package http) and one CLI exit
// status (cmd/dyad), in one table each.
const (
	EINVALID      = "invalid"      // the input, a flag or a parameter is malformed
	ENOTFOUND     = "not_found"    // the thing asked for does not exist
	ECONFLICT     = "conflict"     // the request conflicts with stored state
	EUNAUTHORIZED = "unauthorized" // the request lacks the credentials a write needs
	EINTERNAL     = "internal"     // a bug or an unexpected failure
)

// Error is dyad's error: a code a caller can act on, a message for a person,
// and the error it wraps, if any.
type Error struct {
	Code    string
	Message string
	Err     error

	// wrapped reports that Message already includes Err (Errorf with %w).
	wrapped bool
}

// Error implements the error interface.
func (e *Error) Error() string {
	switch {
	case e.Message != "" && e.Err != nil && !e.wrapped:
		return e.Message + ": " + e.Err.Error()
	case e.Message != "":
		return e.Message
	case e.Err != nil:
		return e.Err.Error()
	}
	return e.Code
}

// Unwrap returns the wrapped error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message. A %w
// verb keeps its operand as the cause, as fmt.Errorf does, so errors.Is and
// errors.As see through the *Error.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	e := &Error{Code: code, Message: err.Error()}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		e.Err, e.wrapped = u.Unwrap(), true
	case interface{ Unwrap() []error }:
		e.Err, e.wrapped = errors.Join(u.Unwrap()...), true
	}
	return e
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
