package service

import (
	"bytes"
	"errors"

	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

// LoadConfig is the built-in config, for the classifier package's tests
// that still call it.
//
// Deprecated: use settings.Load("", nil). It accepts the built-in config
// only and goes when those call sites move.
func LoadConfig(_ string, data []byte) (*settings.Config, error) {
	if !bytes.Equal(data, configs.ServiceConfig()) {
		return nil, errors.New("service.LoadConfig reads only the built-in config: use settings.Load")
	}
	return settings.Load("", nil)
}
