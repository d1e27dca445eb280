package partnermatch

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The HTTP API maps each to one status.
const (
	EINVALID  = "invalid"   // bad input: the message says what and where
	ENOTFOUND = "not_found" // no organization with that id
	ECONFLICT = "conflict"  // the request contradicts itself or the stored state
	EINTERNAL = "internal"  // a failure that is not the caller's fault
)

// Error is an error with a machine-readable code, the field it concerns (a
// JSON path such as "location.lat", empty when it concerns no one field) and
// a message for people.
type Error struct {
	Code    string
	Field   string
	Message string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.Message
	}
	return e.Message
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an invalid-input *Error about one field.
func FieldErrorf(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
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

// ErrorField returns the field named by the first *Error in err's chain.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// LineError is a refusal of one line of a JSON Lines file. Its message reads
// like a compiler's: "town.jsonl:17: location.lat: 123.4 is not a latitude
// (-90..90)".
type LineError struct {
	File  string
	Line  int
	Field string // JSON path of the offending field, "" for the whole line
	Err   error
}

func (e *LineError) Error() string {
	prefix := fmt.Sprintf("%s:%d: ", e.File, e.Line)
	return prefix + e.Err.Error()
}

func (e *LineError) Unwrap() error { return e.Err }
