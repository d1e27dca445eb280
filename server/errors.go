package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/partnermatch/partnermatch"
)

// Error codes of the HTTP layer, beside the domain's invalid, not_found,
// conflict and internal (package partnermatch). Every error body carries one
// of them; statusOf maps each to its one HTTP status.
const (
	CodeUnauthorized     = "unauthorized"       // no credentials, or ones the server does not know
	CodeForbidden        = "forbidden"          // known credentials that do not allow this request
	CodeTooLarge         = "too_large"          // the body is over the size limit
	CodeMethodNotAllowed = "method_not_allowed" // the path exists, the method does not
)

// statusOf is the one place where error codes become HTTP statuses.
var statusOf = map[string]int{
	partnermatch.EINVALID:  http.StatusBadRequest,
	partnermatch.ENOTFOUND: http.StatusNotFound,
	partnermatch.ECONFLICT: http.StatusConflict,
	CodeUnauthorized:       http.StatusUnauthorized,
	CodeForbidden:          http.StatusForbidden,
	CodeTooLarge:           http.StatusRequestEntityTooLarge,
	CodeMethodNotAllowed:   http.StatusMethodNotAllowed,
	partnermatch.EINTERNAL: http.StatusInternalServerError,
}

// ErrorBody is the shape of every error response:
//
//	{"error": {"code": "invalid", "message": "location.lat: 95 is not a latitude (-90..90)", "field": "location.lat"}}
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong. Message is for people and names what is
// wrong on its own; Field is the JSON path of the body field or the name of
// the query parameter concerned, when there is one.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// apiError turns any error of a handler into the detail to send and the
// status to send it with. Internal errors are answered without their
// internals: those go to the log only. internal reports whether err is one.
func apiError(err error) (detail ErrorDetail, status int, internal bool) {
	var tooLarge *http.MaxBytesError
	var public *publicError
	switch {
	case errors.As(err, &public):
		return ErrorDetail{Code: partnermatch.EINTERNAL, Message: public.msg}, statusOf[partnermatch.EINTERNAL], true
	case errors.As(err, &tooLarge):
		return ErrorDetail{Code: CodeTooLarge, Message: fmt.Sprintf("the request body is larger than the limit of %s", bytesString(tooLarge.Limit))}, statusOf[CodeTooLarge], false
	case errors.Is(err, context.DeadlineExceeded):
		return ErrorDetail{Code: partnermatch.EINTERNAL, Message: "the request did not finish within the server's time limit"}, statusOf[partnermatch.EINTERNAL], true
	}
	code := partnermatch.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok || code == partnermatch.EINTERNAL {
		return ErrorDetail{Code: partnermatch.EINTERNAL, Message: "internal error; the server's log has the details"}, statusOf[partnermatch.EINTERNAL], true
	}
	var pe *partnermatch.Error
	errors.As(err, &pe)
	return ErrorDetail{Code: code, Message: pe.Error(), Field: pe.Field}, status, false
}

// publicError is an internal error with a message safe to send: it says
// what happened without the internals of err, which go to the log.
type publicError struct {
	msg string
	err error
}

func (e *publicError) Error() string { return e.msg + ": " + e.err.Error() }
func (e *publicError) Unwrap() error { return e.err }

// fieldError is an invalid-input error about one field or query parameter
// whose message starts with the field's name.
func fieldError(field, format string, args ...any) error {
	return partnermatch.FieldErrorf(field, format, args...)
}

func bytesString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB (%d bytes)", n>>20, n)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB (%d bytes)", n>>10, n)
	}
	return fmt.Sprintf("%d bytes", n)
}
