package dyad

import (
	"errors"
	"io/fs"
	"testing"
)

func TestErrorf(t *testing.T) {
	tests := []struct {
		name     string
		err      *Error
		code     string
		msg      string
		isNotExt bool
	}{
		{"plain", Errorf(ENOTFOUND, "event %q", "x"), ENOTFOUND, `event "x"`, false},
		{"wrapped cause", Errorf(EINVALID, "open dictionary: %w", fs.ErrNotExist), EINVALID, "open dictionary: file does not exist", true},
		{"cause as a field", &Error{Code: EINTERNAL, Message: "store", Err: fs.ErrNotExist}, EINTERNAL, "store: file does not exist", true},
		{"two causes", Errorf(EINVALID, "%w and %w", fs.ErrNotExist, fs.ErrExist), EINVALID, "file does not exist and file already exists", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.msg {
				t.Errorf("Error() = %q, want %q", got, tt.msg)
			}
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := errors.Is(tt.err, fs.ErrNotExist); got != tt.isNotExt {
				t.Errorf("errors.Is(ErrNotExist) = %v, want %v", got, tt.isNotExt)
			}
		})
	}
	if ErrorCode(errors.New("x")) != EINTERNAL || ErrorCode(nil) != "" {
		t.Error("ErrorCode of a foreign error and of nil")
	}
}
