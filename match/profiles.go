package match

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// profileFile keeps the members' packed profiles (scoring.Profile's
// AppendPacked) end to end in a file beside the snapshot, so that scoring a
// candidate reads its profile with one read at a known offset instead of
// looking its id up in every Bleve segment (a fifth of a query's CPU at 1M).
// Reads go through the kernel's page cache, not the process's memory.
//
// It is a cache of what the index stores: bytes are only ever appended, the
// snapshot records how many it relies on (after syncing them), and a
// profile the file cannot give is read from the index. A new file is
// started when the store is loaded from the index, and when half of the
// file or more is profiles replaced since (see syncProfilesLocked).
type profileFile struct {
	f    *os.File
	name string // base name, in the index directory
	size int64
}

const profileFilePrefix, profileFileSuffix = "partnermatch-profiles-", ".dat"

// newProfileFile creates an empty profile file in dir, named uniquely so
// that a snapshot never names a file another one replaced.
func newProfileFile(dir string) (*profileFile, error) {
	var token [6]byte
	rand.Read(token[:])
	name := profileFilePrefix + hex.EncodeToString(token[:]) + profileFileSuffix
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	return &profileFile{f: f, name: name}, nil
}

// openProfileFile opens the profile file a snapshot names, whose first
// size bytes it relies on.
func openProfileFile(dir, name string, size int64) (*profileFile, error) {
	if name != filepath.Base(name) || !strings.HasPrefix(name, profileFilePrefix) {
		return nil, errSnapshot
	}
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.Size() < size {
		f.Close()
		return nil, errSnapshot
	}
	return &profileFile{f: f, name: name, size: size}, nil
}

// add appends b and returns its offset.
func (p *profileFile) add(b []byte) (int64, error) {
	at := p.size
	if _, err := p.f.WriteAt(b, at); err != nil {
		return 0, err
	}
	p.size += int64(len(b))
	return at, nil
}

var errNoProfile = errors.New("no packed profile at this offset")

// read returns the n bytes at offset at.
func (p *profileFile) read(at int64, n uint32) ([]byte, error) {
	b := make([]byte, n)
	if _, err := p.f.ReadAt(b, at); err != nil {
		return nil, errNoProfile
	}
	return b, nil
}

func (p *profileFile) close() error { return p.f.Close() }

// removeProfileFilesBut deletes the profile files of dir other than keep:
// no snapshot names them any more.
func removeProfileFilesBut(dir, keep string) {
	matches, _ := filepath.Glob(filepath.Join(dir, profileFilePrefix+"*"+profileFileSuffix))
	for _, m := range matches {
		if filepath.Base(m) != keep {
			os.Remove(m)
		}
	}
}

// syncProfilesLocked makes the profile file ready for a snapshot to name:
// written anew when half of it or more is profiles replaced since, and
// synced. When that fails the store lets go of the file and its profiles
// are read from the index. mu must be held.
func (s *store) syncProfilesLocked() {
	p := s.profiles
	if p == nil {
		return
	}
	err := func() error {
		if s.profWaste > 0 && 2*s.profWaste >= p.size {
			fresh, err := s.compactedProfiles()
			if err != nil {
				return err
			}
			p.close()
			s.profiles, s.profWaste, p = fresh, 0, fresh
		}
		return p.f.Sync()
	}()
	if err != nil {
		p.close()
		s.profiles = nil
		for i := range s.profAt {
			s.profAt[i] = -1
		}
	}
}

// compactedProfiles copies the live members' profiles to a new file and
// points the members at them there. mu must be held.
func (s *store) compactedProfiles() (*profileFile, error) {
	fresh, err := newProfileFile(s.dir)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*profileFile, error) {
		fresh.close()
		os.Remove(filepath.Join(s.dir, fresh.name))
		return nil, err
	}
	w := bufio.NewWriterSize(fresh.f, 1<<20)
	at := make([]int64, len(s.profAt))
	for i, f := range s.flags {
		at[i] = -1
		if f&slotLive == 0 || s.profAt[i] < 0 {
			continue
		}
		b, err := s.profiles.read(s.profAt[i], s.profLen[i])
		if err != nil {
			return fail(err)
		}
		at[i] = fresh.size
		w.Write(b)
		fresh.size += int64(len(b))
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	copy(s.profAt, at)
	return fresh, nil
}
