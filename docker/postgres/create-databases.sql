-- One database per service: they share a server here, never a database.
CREATE DATABASE payment_service;
CREATE DATABASE queue_service;
CREATE DATABASE concert_service;
CREATE DATABASE user_service;
CREATE DATABASE psp_simulator;
