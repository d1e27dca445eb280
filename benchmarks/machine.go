package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// machine describes where the figures were measured.
type machine struct {
	Date     string  `json:"date"`
	CPUs     int     `json:"nproc"`
	MemGiB   float64 `json:"mem_gib"`
	CPUModel string  `json:"cpu"`
	Go       string  `json:"go"`
	OS       string  `json:"os"`
	Commit   string  `json:"commit"`
}

func describeMachine() machine {
	m := machine{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), CPUs: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				m.MemGiB = kb / (1 << 20)
			}
		}
	}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPUModel = strings.TrimSpace(v)
				break
			}
		}
	}
	if out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output(); err == nil {
		m.Commit = strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(strings.TrimSpace(string(st))) > 0 {
			m.Commit += " (with uncommitted changes)"
		}
	}
	return m
}

func (m machine) String() string {
	s := fmt.Sprintf("%d CPUs (nproc), %.1f GiB memory", m.CPUs, m.MemGiB)
	if m.CPUModel != "" {
		s += ", " + m.CPUModel
	}
	s += ", " + m.Go + " " + m.OS
	if m.Commit != "" {
		s += ", commit " + m.Commit
	}
	return s
}

// Short is the machine column of results.csv.
func (m machine) Short() string { return fmt.Sprintf("%dcpu-%.0fGiB", m.CPUs, m.MemGiB) }
