// Package reply writes the dashboard API's JSON answers and errors.
package reply

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// JSON writes v as the answer.
func JSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		Error(w, http.StatusInternalServerError, "encoding the answer: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(append(b, '\n'))
}

// Error answers {"error": message, "status": status}.
func Error(w http.ResponseWriter, status int, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]any{"error": fmt.Sprintf(format, args...), "status": status})
	w.Write(append(b, '\n'))
}
